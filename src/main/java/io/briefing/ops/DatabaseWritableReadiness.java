package io.briefing.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database accepts writes: H2 says it is not read-only, and a real update (of
 * the seed-state rows, to their own values) succeeds and is rolled back. A database opened
 * read-only, or a store that shut itself down after an I/O error, used to leave readiness UP while
 * every mutation failed.
 */
@Readiness
@ApplicationScoped
public class DatabaseWritableReadiness implements HealthCheck {

    private final DataSource dataSource;

    public DatabaseWritableReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Database writable").withData("kind", io.briefing.db.DatabaseKind.current());
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(2);
                if (c.getMetaData().getDatabaseProductName().contains("H2")) {
                    try (ResultSet r = s.executeQuery("select readonly()")) {
                        if (r.next() && r.getBoolean(1)) {
                            return response.down().withData("reason", "the database is read-only").build();
                        }
                    }
                }
                s.executeUpdate("update seed_state set applied_at = applied_at");
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
            return response.up().build();
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return response.down().withData("reason", message.length() > 200 ? message.substring(0, 200) : message).build();
        }
    }
}
