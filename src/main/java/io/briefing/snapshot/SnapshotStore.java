package io.briefing.snapshot;

import io.briefing.config.BriefingSettings;
import io.briefing.db.ChangeLogMark;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the persisted snapshot ({@link SnapshotFile}) up to date and tells whether one matches the
 * database. After every rebuild, {@link KnowledgeSnapshots} hands over the records it loaded with
 * the stamp read just before loading them; they are written on one background thread (the latest
 * wins: a burst of rebuilds writes once or twice), never on a writer's or reader's thread, and the
 * last pending write is finished at shutdown. On a restart, io.briefing.ops.WarmUp uses a snapshot
 * read from the file only when {@link #mismatch} finds nothing: same build, same database, same
 * change-log state. A failed write is logged and costs only the next start's speed.
 */
@ApplicationScoped
public class SnapshotStore {

    private static final Logger LOG = Logger.getLogger(SnapshotStore.class);

    private final Optional<Path> file;
    private final ChangeLogMark changeLog;
    private final String database;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private volatile ExecutorService writer;
    private volatile boolean warned;

    private record Pending(SnapshotFile.Stamp stamp, KnowledgeSnapshotBuilder records) {
    }

    public SnapshotStore(BriefingSettings settings, ChangeLogMark changeLog,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url) {
        this.file = location(settings.startup().snapshotFile(), url);
        this.changeLog = changeLog;
        this.database = databaseId(url.orElse(""));
    }

    /**
     * Where the persisted snapshot is kept: {@code setting} when given ({@code off} or blank: nowhere),
     * otherwise beside an H2 file database ({@code ./data/briefing.mv.db} gives
     * {@code ./data/briefing.snapshot}); nowhere for an in-memory or PostgreSQL database. Also used
     * before Quarkus starts (io.briefing.BriefingMain), so both agree.
     */
    public static Optional<Path> location(Optional<String> setting, Optional<String> jdbcUrl) {
        if (setting.isPresent()) {
            String value = setting.get().trim();
            return value.isEmpty() || value.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Path.of(value));
        }
        return jdbcUrl.flatMap(io.briefing.ops.DatabaseFile::of).map(db -> {
            String name = db.getFileName().toString();
            return db.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + ".snapshot");
        });
    }

    /** Names the database in a stamp without writing its URL (which may hold a password) to disk. */
    public static String databaseId(String jdbcUrl) {
        return io.briefing.article.ContentHash.of(jdbcUrl).substring(0, 32);
    }

    /** This build's identity in a stamp: the file format and the build's time (briefing-build.properties). */
    public static String buildId() {
        return "format " + SnapshotFile.FORMAT + ", built " + io.briefing.config.BuildProperties.get("build-time").orElse("unknown");
    }

    private static final String BUILD = buildId();

    /** Why a file stamped {@code stamp} was written by another build (one line), or empty when by this one. */
    public static Optional<String> otherBuild(SnapshotFile.Stamp stamp) {
        return BUILD.equals(stamp.build()) ? Optional.empty()
                : Optional.of("written by another build (" + stamp.build() + "; this is " + BUILD + ")");
    }

    public Optional<Path> file() {
        return file;
    }

    /** This database's stamp now; throws when the change log cannot be read. */
    public SnapshotFile.Stamp stamp() throws SQLException {
        ChangeLogMark.State state = changeLog.state();
        return new SnapshotFile.Stamp(BUILD, database, state.latest(), state.latestAt(), state.count());
    }

    /** Why a snapshot stamped {@code stamp} must not be used now (one line), or empty when it may. */
    public Optional<String> mismatch(SnapshotFile.Stamp stamp) {
        Optional<String> otherBuild = otherBuild(stamp);
        if (otherBuild.isPresent()) {
            return otherBuild;
        }
        if (!database.equals(stamp.database())) {
            return Optional.of("written for another database URL");
        }
        SnapshotFile.Stamp now;
        try {
            now = stamp();
        } catch (SQLException | RuntimeException e) {
            return Optional.of("the change log could not be read (" + e.getMessage() + ")");
        }
        if (now.changeId() != stamp.changeId() || !now.changeAt().equals(stamp.changeAt()) || now.changeCount() != stamp.changeCount()) {
            return Optional.of("the database changed since (change log: latest id " + now.changeId() + " at " + now.changeAt() + ", "
                    + now.changeCount() + " rows; the file was written at latest id " + stamp.changeId() + " at " + stamp.changeAt()
                    + ", " + stamp.changeCount() + " rows)");
        }
        return Optional.empty();
    }

    /**
     * Deletes the file (after it was found out of date: until the next rebuild writes a current one,
     * no older state can be mistaken for the database's). A pending write is not affected.
     */
    public void discard() {
        file.ifPresent(f -> {
            try {
                java.nio.file.Files.deleteIfExists(f);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Persisted snapshot %s not deleted: %s", f, e.toString());
            }
        });
    }

    /** Writes these records, loaded after {@code stamp} was read, in the background (the latest call wins). */
    public void saveLater(SnapshotFile.Stamp stamp, KnowledgeSnapshotBuilder records) {
        if (file.isEmpty()) {
            return;
        }
        if (pending.getAndSet(new Pending(stamp, records)) == null) {
            executor().execute(this::writePending);
        }
    }

    private ExecutorService executor() {
        ExecutorService e = writer;
        if (e == null) {
            synchronized (this) {
                e = writer;
                if (e == null) {
                    e = Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "briefing-snapshot-file");
                        t.setDaemon(true);
                        return t;
                    });
                    writer = e;
                }
            }
        }
        return e;
    }

    private void writePending() {
        Pending p = pending.getAndSet(null);
        if (p == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            SnapshotFile.write(file.get(), p.stamp(), p.records());
            LOG.debugf("Persisted snapshot written to %s (change %d) in %d ms", file.get(), p.stamp().changeId(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warnf("The persisted snapshot could not be written to %s (%s); restarts load the knowledge base from the database",
                        file.get(), e.toString());
            }
        }
    }

    /** Finishes a pending write (so a restart right after a change starts fast), at most a few seconds. */
    void onStop(@Observes ShutdownEvent event) {
        flush(5);
    }

    /** Waits until every write requested so far is on disk (tests; shutdown). */
    public void flush(long seconds) {
        ExecutorService e = writer;
        if (e == null) {
            return;
        }
        try {
            e.submit(this::writePending).get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
            LOG.debugf("Persisted snapshot not flushed: %s", ex.toString());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
