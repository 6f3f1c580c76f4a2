package io.briefing.snapshot;

import io.briefing.db.ChangeLogMark;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's snapshot in step with changes committed through other replicas on the same
 * database. Every {@code briefing.replicas.sync-interval} it reads the change log's latest id (one
 * indexed query, see {@link ChangeLogMark}) and, when it is higher than the id the current snapshot
 * was built from, refreshes the snapshot, which also notifies this replica's subscriptions. The
 * replica's own writes refresh by themselves; while one is between its commit and its refresh the
 * poll leaves the rebuild to it, so a local write costs one rebuild, not two.
 * <p>
 * Polling the mark rather than PostgreSQL's LISTEN/NOTIFY: it works the same on H2 and PostgreSQL,
 * needs no dedicated connection to re-establish after an outage, and a missed notification cannot
 * leave a replica stale for good; the price is one tiny query per replica and interval. While the
 * database is down, the poll fails quietly (one warning), the last snapshot keeps serving reads, and
 * the first poll that succeeds again catches up.
 */
@ApplicationScoped
public class ReplicaSync {

    private static final Logger LOG = Logger.getLogger(ReplicaSync.class);

    private final KnowledgeSnapshots snapshots;
    private final ChangeLogMark changeLog;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private volatile boolean failing;
    private volatile Instant lastSync;
    private volatile long lastSeen = -1;

    @jakarta.inject.Inject
    public ReplicaSync(KnowledgeSnapshots snapshots, ChangeLogMark changeLog, io.briefing.config.BriefingSettings settings) {
        this(snapshots, changeLog, settings.replicas().syncInterval());
    }

    ReplicaSync(KnowledgeSnapshots snapshots, ChangeLogMark changeLog, Duration interval) {
        this.snapshots = snapshots;
        this.changeLog = changeLog;
        this.interval = interval;
    }

    /** Starts after the curated files were loaded (priority 100) and the first snapshot published. */
    void onStart(@Observes @Priority(1000) StartupEvent event) {
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("Replica sync is off (briefing.replicas.sync-interval=0)");
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "briefing-replica-sync");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(50, interval.toMillis());
        timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One check; public for tests. Returns true when it refreshed the snapshot. */
    public boolean poll() {
        if (snapshots.startupPending() || snapshots.rebuilds() == 0 && snapshots.building()) {
            // The first snapshot is still being built (the start-up warm-up): it reads the mark before
            // loading, so it contains every change committed before it; refreshing now would queue a
            // second, identical rebuild right behind it, competing with the first requests for the cores.
            return false;
        }
        try {
            long latest = changeLog.latest();
            lastSeen = latest;
            boolean refreshed = false;
            // A local writer between commit and refresh will rebuild anyway (and see this change too).
            if (latest > snapshots.builtFromMark() && snapshots.localWritesInFlight() == 0) {
                KnowledgeSnapshot s = snapshots.refresh();
                LOG.debugf("Change %d committed elsewhere: snapshot %d published", latest, s.generation());
                refreshed = true;
            }
            lastSync = Instant.now();
            if (failing) {
                failing = false;
                LOG.infof("Replica sync: the database answers again (latest change %d)", latest);
            }
            return refreshed;
        } catch (Exception e) {
            if (!failing) {
                failing = true;
                LOG.warnf("Replica sync: cannot read the change log (%s); reads keep using snapshot %d until the database answers",
                        e.getMessage(), snapshots.current().generation());
            }
            return false;
        }
    }

    /** When the change log was last read successfully (null before the first poll or when sync is off). */
    public Instant lastSync() {
        return lastSync;
    }

    /** The latest change id last read from the database (-1 when never read). */
    public long lastSeen() {
        return lastSeen;
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
