package io.briefing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10.3: a thread interrupted while H2 reads or writes its file (the transaction reaper, a
 * cancelled request) closed the file channel; the store shut down ("ClosedChannelException") or
 * lost pages, and every later write failed. The default URL must use an interrupt-safe H2 file
 * system. With the old "jdbc:h2:file:" default this test loses committed rows.
 */
class DatabaseUrlTest {

    @Test
    void theDefaultDatabaseSurvivesInterruptedThreads(@TempDir Path dir) throws Exception {
        String url = defaultUrl().replace("./data/briefing", dir.resolve("briefing").toString()) + ";CACHE_SIZE=64";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t(id int auto_increment primary key, v clob)");
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                PreparedStatement insert = c.prepareStatement("insert into t(v) values(?)");
                String big = "x".repeat(100_000);
                for (int i = 0; i < 120; i++) {
                    insert.setString(1, big + i);
                    insert.executeUpdate();
                    Thread.currentThread().interrupt(); // as the reaper or a cancelled request would
                    try (ResultSet r = c.createStatement().executeQuery("select max(substring(v, 1, 50000) || id) from t")) {
                        r.next();
                    }
                }
            } catch (Exception e) {
                failure.set(e);
            }
        });
        writer.start();
        writer.join(120_000);
        assertThat(failure.get()).as("writer failure").isNull();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("insert into t(v) values('after')");
            try (ResultSet r = c.createStatement().executeQuery("select count(*) from t")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(121);
            }
            c.createStatement().execute("shutdown");
        }
    }

    /** The production default of quarkus.datasource.jdbc.url (the fallback of ${BRIEFING_DB_URL:...}). */
    static String defaultUrl() throws Exception {
        Properties p = new Properties();
        try (InputStream in = DatabaseUrlTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            p.load(in);
        }
        Matcher m = Pattern.compile("^\\$\\{BRIEFING_DB_URL:(.*)}$").matcher(p.getProperty("quarkus.datasource.jdbc.url"));
        assertThat(m.matches()).isTrue();
        return m.group(1);
    }
}
