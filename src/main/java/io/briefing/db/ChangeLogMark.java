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
}
