package io.briefing.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Holds the current {@link KnowledgeSnapshot}. Readers take {@link #current()} once per request;
 * {@link #refresh()} rebuilds from the database after a change and swaps the new snapshot in
 * atomically.
 * <p>
 * Refreshes are coalesced: one rebuild runs at a time, and every refresh requested while it runs
 * is served by the single rebuild that starts after it, so N writers finishing together cause about
 * two rebuilds instead of N (each rebuild reads everything, so N in series used to take minutes
 * under concurrent ingestion). A rebuild starts only after every refresh it covers was requested,
 * and a refresh is requested only after its write committed, so the snapshot {@link #refresh()}
 * returns always contains the caller's write. An older rebuild can never replace a newer one.
 */
@ApplicationScoped
public class KnowledgeSnapshots {

    private static final Logger LOG = Logger.getLogger(KnowledgeSnapshots.class);

    private final SnapshotLoader loader;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>(KnowledgeSnapshot.empty());
    private final SnapshotListeners listeners;
    private final AtomicLong rebuilds = new AtomicLong();
    /** Reads the change log's latest id (replicas: see {@link ReplicaSync}); -1 when unknown. */
    private final MarkSource marks;
    /** The change-log id read just before the current snapshot was loaded: it contains that change and all before it. */
    private volatile long builtFromMark = -1;

    private final Object lock = new Object();
    /** Tickets handed out to refresh calls so far. */
    private long requested;
    /** The highest ticket whose refresh a finished rebuild covers. */
    private long covered;
    private boolean building;

    /** Persists each rebuild's records for the next start; null when nothing is persisted (unit tests). */
    private final SnapshotStore store;

    public KnowledgeSnapshots(SnapshotLoader loader, SnapshotListeners listeners) {
        this(loader, listeners, () -> -1);
    }

    @Inject
    public KnowledgeSnapshots(SnapshotLoader loader, SnapshotListeners listeners, io.briefing.db.ChangeLogMark changeLog,
            SnapshotStore store) {
        this(loader, listeners, changeLog::latest, store);
    }

    KnowledgeSnapshots(SnapshotLoader loader, SnapshotListeners listeners, MarkSource marks) {
        this(loader, listeners, marks, null);
    }

    KnowledgeSnapshots(SnapshotLoader loader, SnapshotListeners listeners, MarkSource marks, SnapshotStore store) {
        this.loader = loader;
        this.listeners = listeners;
        this.marks = marks;
        this.store = store != null && store.file().isPresent() ? store : null;
    }

    /** Where the change-log mark comes from (a database query in production). */
    @FunctionalInterface
    interface MarkSource {
        long latest() throws java.sql.SQLException;
    }

    /**
     * The change-log id the current snapshot is known to contain (-1 before the first rebuild or
     * when it could not be read): a replica whose database holds a higher id must refresh.
     */
    public long builtFromMark() {
        return builtFromMark;
    }

    public KnowledgeSnapshot current() {
        return current.get();
    }

    /** Publishes a snapshot that contains every write committed before this call. */
    public KnowledgeSnapshot refresh() {
        long ticket;
        long upTo;
        synchronized (lock) {
            ticket = ++requested;
            while (true) {
                if (covered >= ticket) {
                    return current.get(); // a rebuild that started after our request has finished
                }
                if (!building) {
                    building = true;
                    upTo = requested; // this rebuild covers every refresh requested so far
                    break;
                }
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the knowledge snapshot", e);
                }
            }
        }
        KnowledgeSnapshot next = null;
        try {
            next = rebuild();
        } finally {
            synchronized (lock) {
                building = false;
                if (next != null) {
                    covered = upTo;
                }
                lock.notifyAll();
            }
        }
        // Subscribers are notified off this thread (see SnapshotListeners), so they never hold up writers.
        listeners.published(next);
        return next;
    }

    private final java.util.concurrent.atomic.AtomicInteger localWrites = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A write on this replica is about to commit; it calls {@link #refresh()} afterwards and then
     * {@link #endLocalWrite()}. Meanwhile {@link ReplicaSync} leaves refreshing to that writer (whose
     * rebuild loads everything committed, other replicas' changes included) instead of rebuilding
     * for the same change a second time.
     */
    public void beginLocalWrite() {
        localWrites.incrementAndGet();
    }

    public void endLocalWrite() {
        localWrites.decrementAndGet();
    }

    /** Writes on this replica between their commit and their refresh. */
    public int localWritesInFlight() {
        return localWrites.get();
    }

    private volatile boolean startupPending;

    /**
     * Set while the start-up warm-up prepares the first snapshot (from the database or the persisted
     * file; it may wait for the start-up rehearsal first): {@link ReplicaSync} leaves publishing to
     * it, as that snapshot contains every change committed before it was checked or loaded.
     */
    public void startupPending(boolean pending) {
        startupPending = pending;
    }

    public boolean startupPending() {
        return startupPending;
    }

    private volatile long indexedGeneration = -1;

    /** The briefing search index of this generation is built and in use (see io.briefing.briefing.BriefingService). */
    public void indexed(long generation) {
        if (generation > indexedGeneration) {
            indexedGeneration = generation;
        }
    }

    /**
     * What answers are made of now: the current snapshot's generation ("7"), and while its briefing
     * search index is still being built, the generation of the index briefings read meanwhile
     * ("7~6"). Caches of answers key on it (io.briefing.api.http.ResponseCaching), so an answer from
     * the previous index is never kept as the newer snapshot's once its index is ready.
     */
    public String answeringVersion() {
        long snapshot = current().generation();
        long indexed = indexedGeneration;
        return indexed < 0 || indexed >= snapshot ? Long.toString(snapshot) : snapshot + "~" + indexed;
    }

    /** Whether a rebuild is running now. */
    public boolean building() {
        synchronized (lock) {
            return building;
        }
    }

    /** How many rebuilds ran since start (for tests and metrics). */
    public long rebuilds() {
        return rebuilds.get();
    }

    /**
     * Publishes a snapshot built elsewhere (at start-up, from the persisted snapshot, once its stamp
     * matched the database at change-log id {@code mark}) when it is newer than the current one and no
     * rebuild is running; {@code beforePublish} runs after it is current and before subscribers hear
     * of it. Refreshes requested before still get a rebuild of their own. Returns whether it was published.
     */
    public boolean install(KnowledgeSnapshot snapshot, long mark, java.util.function.Consumer<KnowledgeSnapshot> beforePublish) {
        synchronized (lock) {
            if (building || current.get().generation() >= snapshot.generation()) {
                return false;
            }
            building = true;
        }
        try {
            current.set(snapshot);
            builtFromMark = mark;
            // Built from the persisted file: the next rebuild reuses its article analyses instead of analysing every text again.
            loader.remember(snapshot);
            beforePublish.accept(snapshot);
        } finally {
            synchronized (lock) {
                building = false;
                lock.notifyAll();
            }
        }
        listeners.published(snapshot);
        return true;
    }

    private KnowledgeSnapshot rebuild() {
        long started = System.nanoTime();
        // Read the mark before loading: everything up to it is committed, so the load sees it (it may
        // see more; the next poll then refreshes once more, never less).
        long mark;
        SnapshotFile.Stamp stamp = null;
        try {
            if (store != null) {
                stamp = store.stamp();
                mark = stamp.changeId();
            } else {
                mark = marks.latest();
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            mark = -1;
        }
        long generation = current.get().generation() + 1;
        KnowledgeSnapshot next;
        if (store != null) {
            KnowledgeSnapshotBuilder records = loader.read();
            next = records.build(generation, java.time.Instant.now());
            if (stamp != null) {
                store.saveLater(stamp, records); // the same records, stamped with the state read before loading them
            }
        } else {
            next = loader.load(generation);
        }
        current.set(next);
        builtFromMark = mark;
        rebuilds.incrementAndGet();
        LOG.debugf("Knowledge snapshot %d built in %d ms: %d articles, %d actors, %d topics, %d evidence, %d motives",
                next.generation(), (System.nanoTime() - started) / 1_000_000, next.articles().size(), next.actors().size(),
                next.topics().size(), next.evidence().size(), next.motives().size());
        return next;
    }
}
