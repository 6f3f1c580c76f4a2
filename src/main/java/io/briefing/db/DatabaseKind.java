package io.briefing.db;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which database this build talks to. {@code quarkus.datasource.db-kind} is fixed at build time
 * (it selects the JDBC driver and Hibernate's dialect); the running application still reads the
 * value it was built with.
 */
public final class DatabaseKind {

    private DatabaseKind() {
    }

    public static String current() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2");
    }

    public static boolean isPostgreSQL() {
        return isPostgreSQL(current());
    }

    /** Quarkus accepts three names for PostgreSQL. */
    static boolean isPostgreSQL(String kind) {
        return kind.equals("postgresql") || kind.equals("pgsql") || kind.equals("pg");
    }

    /** The kind recorded by the build in briefing-build.properties (readable before Quarkus starts). */
    public static Optional<String> built() {
        return io.briefing.config.BuildProperties.get("db-kind");
    }

    /**
     * Why a build for {@code builtKind} cannot use {@code jdbcUrl}, in one line; empty when it can.
     * The pool would otherwise fail with "Driver does not support the provided URL" deep in a stack trace.
     */
    public static Optional<String> mismatch(String builtKind, String jdbcUrl) {
        if (builtKind == null || jdbcUrl == null) {
            return Optional.empty();
        }
        boolean pgBuild = isPostgreSQL(builtKind);
        boolean pgUrl = jdbcUrl.startsWith("jdbc:postgresql:");
        boolean h2Url = jdbcUrl.startsWith("jdbc:h2:");
        if (pgBuild && !pgUrl) {
            return Optional.of("this is the PostgreSQL build, but the database URL is " + describe(jdbcUrl)
                    + ". Set BRIEFING_DB_URL=jdbc:postgresql://host:5432/database (README: Deployment), or run the default (H2) build");
        }
        if (builtKind.equals("h2") && !h2Url) {
            return Optional.of("this is the H2 build, but the database URL is " + describe(jdbcUrl) + (pgUrl
                    ? ". For PostgreSQL, build with -Dquarkus.datasource.db-kind=postgresql (README: Deployment)"
                    : ". Use a jdbc:h2: URL"));
        }
        return Optional.empty();
    }

    /** The URL up to its first parameter: enough to recognise it, without a password given as a parameter. */
    private static String describe(String jdbcUrl) {
        int cut = jdbcUrl.length();
        for (char c : new char[] {'?', ';'}) {
            int i = jdbcUrl.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return "'" + jdbcUrl.substring(0, cut) + "'";
    }
}
