package io.briefing.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * What the build wrote into {@code briefing-build.properties} (the database kind it was built for,
 * its time), readable before Quarkus starts. A value the build never filled in (still "${...}", as
 * in a build that skipped resource filtering) counts as absent.
 */
public final class BuildProperties {

    private static final Properties VALUES = load();

    private BuildProperties() {
    }

    /** The build's value for a key, or empty when the build did not record one. */
    public static Optional<String> get(String key) {
        return Optional.ofNullable(VALUES.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty() && !v.startsWith("$"));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildProperties.class.getClassLoader().getResourceAsStream("briefing-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no recorded values: every key is absent
        }
        return p;
    }
}
