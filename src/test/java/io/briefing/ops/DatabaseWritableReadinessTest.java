package io.briefing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness follows whether the database can be written, on real H2 files. */
class DatabaseWritableReadinessTest {

    @Test
    void upOnAWritableDatabaseDownOnAReadOnlyOne(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:async:" + dir.resolve("db");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table seed_state (resource varchar(300) primary key, content_hash varchar(64) not null, "
                    + "applied_at timestamp(6) with time zone not null)");
            c.createStatement().execute("insert into seed_state values ('r', 'h', current_timestamp)");
            assertThat(check(url).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            c.createStatement().execute("shutdown");
        }
        HealthCheckResponse readOnly = check(url + ";ACCESS_MODE_DATA=r");
        assertThat(readOnly.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(readOnly.getData().orElseThrow().get("reason").toString()).contains("read-only");
    }

    @Test
    void downWhenTheDatabaseIsGone() {
        HealthCheckResponse gone = check("jdbc:h2:mem:never-created;IFEXISTS=TRUE");
        assertThat(gone.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    private static HealthCheckResponse check(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return new DatabaseWritableReadiness(ds).call();
    }
}
