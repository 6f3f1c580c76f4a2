package io.briefing.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The change log's high-water mark: the id of the latest change any replica committed. Every
 * successful mutation (and every application of a curated file) writes one change_record row in its
 * own transaction, so a higher mark means someone else changed the knowledge base. Reading it is one
 * index lookup ({@code max} of the primary key), cheap enough to poll twice a second from every
 * replica; plain JDBC, so Hibernate's statement statistics stay those of the application.
 */
@ApplicationScoped
public class ChangeLogMark {

    private final DataSource dataSource;

    public ChangeLogMark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The latest change id, 0 for an empty log; throws when the database cannot be reached. */
    public long latest() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet r = s.executeQuery("select coalesce(max(id), 0) from change_record")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * The latest change id and the number of change-log rows, read together: what a persisted
     * snapshot is stamped with. The count tells apart a database where a change with a lower id
     * committed after a higher one (sequence order is not commit order on PostgreSQL).
     */
    public State state() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet r = s.executeQuery("select coalesce(max(id), 0), count(*) from change_record")) {
                r.next();
                return new State(r.getLong(1), r.getLong(2));
            }
        }
    }

    /** The change log's latest id and row count at one moment. */
    public record State(long latest, long count) {
    }
}
