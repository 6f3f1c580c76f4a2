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
     * The latest change id, when that change was made, and the number of change-log rows, read in one
     * statement: what a persisted snapshot is stamped with. The count tells apart a database where a
     * change with a lower id committed after a higher one (sequence order is not commit order on
     * PostgreSQL); the time, a database where an id was used again (restored from a backup, changed).
     */
    public State state() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            try (ResultSet r = s.executeQuery("select coalesce(max(id), 0), count(*), "
                    + "(select max(l.changed_at) from change_record l where l.id = (select max(id) from change_record)) "
                    + "from change_record")) {
                r.next();
                java.sql.Timestamp at = r.getTimestamp(3);
                return new State(r.getLong(1), at == null ? "none" : at.toInstant().toString(), r.getLong(2));
            }
        }
    }

    /** The change log's latest id, that change's time ("none" for an empty log) and its row count, at one moment. */
    public record State(long latest, String latestAt, long count) {
    }
}
