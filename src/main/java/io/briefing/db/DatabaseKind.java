package io.briefing.db;

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
}
