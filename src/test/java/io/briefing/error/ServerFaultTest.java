package io.briefing.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server faults reach clients as "System error" with code "internal"; client input is never echoed at length. */
@QuarkusTest
public class ServerFaultTest {

    @Test
    void serverFaultsHaveAGenericCodeAndNoDetails() {
        for (String field : List.of("testServerFault", "testCheckedFault")) {
            // Intentional server faults: the ERROR lines "graphql resolver failed" in the log are expected here.
            Map<String, Object> error = GraphQL.errors("{ " + field + " }").get(0);
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertThat(extensions.get("code")).as(field).isEqualTo("internal");
            assertThat(extensions.get("outcome")).isEqualTo("server-error");
            assertThat(error.get("message").toString()).isEqualTo("System error").doesNotContain("secret").doesNotContain("disk");
        }
    }

    @Test
    void clientErrorsKeepTheirCodes() {
        Map<String, Object> error = GraphQL.errors("{ evidence(first: 500) { totalCount } }").get(0);
        assertThat(error.get("extensions").toString()).contains("bad-input");
    }

    @Test
    void longOperationNamesAndFieldNamesAreNotEchoedWhole() {
        String name = "N".repeat(200_000);
        String body = given().contentType("application/json").body(Map.of("query", "{ __typename }", "operationName", name))
                .when().post("/graphql").then().extract().asString();
        assertThat(body.length()).isLessThan(1000);
        assertThat(body).contains("No operation named 'NNN");
        String field = "f".repeat(100_000);
        String unknownField = given().contentType("application/json").body(Map.of("query", "{ " + field + " }"))
                .when().post("/graphql").then().statusCode(200).extract().asString();
        assertThat(unknownField.length()).isLessThan(1000);
        assertThat(unknownField).contains("errors");
    }
}
