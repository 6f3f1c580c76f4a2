package io.briefing.api.http;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the response-cache meters from the management interface, as an operator would. */
final class CacheMetrics {

    private CacheMetrics() {
    }

    static double value(String meter) {
        int management = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        String metrics = given().port(management).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(meter) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no meter " + meter + " in /q/metrics");
        }
        return Double.parseDouble(m.group(1));
    }

    static double hits() {
        return value("briefing_cache_hits_total");
    }

    static double misses() {
        return value("briefing_cache_misses_total");
    }
}
