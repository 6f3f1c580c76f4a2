package io.briefing.ops;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.briefing.BriefingRehearsal;
import io.briefing.briefing.PreparedBriefings;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.SnapshotFile;
import io.briefing.snapshot.SnapshotStore;
import io.briefing.snapshot.SnapshotRehearsal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Work that needs nothing from Quarkus, done on one daemon thread while the framework starts (which
 * leaves the second core mostly idle): loading WordNet, the lemma and name-variant lists, Hibernate's HQL parser over the snapshot's queries (its decision
 * cache), and a rehearsal of a briefing over the bundled article without the database (analysis, passages, search
 * index, question reader, composer). On a restart the real warm-up ({@link WarmUp}) then finds every
 * class loaded and the hot paths compiled, and only reads the database and indexes: about a fifth
 * of its cold time. Started by io.briefing.BriefingMain; tests (which do not run it) skip it.
 * Failures are ignored here: the real warm-up runs the same code and reports them.
 * <p>
 * When a persisted snapshot exists (io.briefing.snapshot.SnapshotFile, written after every rebuild),
 * the rehearsal is real work instead: it reads that file, builds the snapshot and its briefing index
 * and composes one briefing. The warm-up publishes them if the file's stamp matches the database
 * (unchanged since the file was written); otherwise it loads from the database as before.
 */
public final class StartupRehearsal {

    private static final Logger LOG = Logger.getLogger(StartupRehearsal.class);

    /** Shipped with the service; its text is only read, never stored. */
    static final String ARTICLE = "articles/putin-visits-pyongyang.txt";

    private static final CompletableFuture<Long> DONE = new CompletableFuture<>();
    private static volatile boolean started;
    private static volatile Path snapshotFile;
    /** The preloaded snapshot, RELEASED once the warm-up has taken it or given up on it, or null until then. */
    private static final java.util.concurrent.atomic.AtomicReference<Object> PRELOADED = new java.util.concurrent.atomic.AtomicReference<>();
    private static final Object RELEASED = new Object();
    /** The warm-up has decided: a preload finishing later (it waited too long) is dropped, not kept. */
    private static volatile String preloadProblem;

    /**
     * A snapshot read from the persisted file, built and indexed, not yet published: only the warm-up
     * decides, against the database, whether it may be. {@code millis}: how long reading, building
     * and indexing took.
     */
    public record Preloaded(SnapshotFile.Stamp stamp, PreparedBriefings briefings, long millis) {
        public KnowledgeSnapshot snapshot() {
            return briefings.snapshot();
        }
    }

    private StartupRehearsal() {
    }

    /** Starts the rehearsal; with a persisted snapshot's location, preloads it when the file exists. */
    public static void start(Optional<Path> persistedSnapshot) {
        snapshotFile = persistedSnapshot.orElse(null);
        started = true;
        Thread thread = new Thread(StartupRehearsal::run, "briefing-preload");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        long t0 = System.nanoTime();
        try {
            io.briefing.language.WordNet.shared();
            io.briefing.language.Lemmas.shared();
            io.briefing.language.NameVariants.shared();
            Path file = snapshotFile;
            if (file != null && Files.exists(file)) {
                try {
                    // Kept unless the warm-up already gave up on it (then nothing would drop it).
                    PRELOADED.compareAndSet(null, preload(file));
                    // The real snapshot's index and briefing warmed the same code as a rehearsal would.
                    // Hibernate's parser is left cold: only a database changed while the service was down
                    // needs it at start, and warming it here would compete with the framework for the cores.
                    return;
                } catch (IOException | RuntimeException e) {
                    preloadProblem = e.getMessage();
                }
            }
            SnapshotRehearsal.parseQueries();
            String text = article();
            if (text != null) {
                BriefingRehearsal.run(SnapshotRehearsal.of(text, "North Korea"), "What does North Korea want?");
                BriefingRehearsal.run(SnapshotRehearsal.of(text, "North Korea"), "When did Putin arrive in Pyongyang?");
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debugf(e, "Start-up rehearsal failed; the warm-up will report it if it matters");
        } finally {
            DONE.complete((System.nanoTime() - t0) / 1_000_000);
        }
    }

    /**
     * Reads the persisted snapshot, builds it (generation 1: the first the service publishes) and its
     * briefing index. Throws when the file cannot be used (another build, corrupt, unreadable).
     */
    public static Preloaded preload(Path file) throws IOException {
        long t0 = System.nanoTime();
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        SnapshotFile.Contents contents = SnapshotFile.read(file, SnapshotStore::otherBuild, analyzer::analyse);
        KnowledgeSnapshot snapshot = contents.builder().build(1, Instant.now());
        PreparedBriefings briefings = PreparedBriefings.of(snapshot);
        return new Preloaded(contents.stamp(), briefings, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Whether {@link #start} ran (the packaged application; tests do not). */
    static boolean started() {
        return started;
    }

    /** The persisted snapshot the rehearsal read and built, if it found a usable file. */
    static Optional<Preloaded> preloaded() {
        return PRELOADED.get() instanceof Preloaded p ? Optional.of(p) : Optional.empty();
    }

    /** Drops the preloaded snapshot once the warm-up has published it or chosen the database instead (it would stay in memory). */
    static void release() {
        PRELOADED.set(RELEASED);
    }

    /** Why the rehearsal could not use the persisted snapshot that was there, if it could not. */
    static Optional<String> preloadProblem() {
        return Optional.ofNullable(preloadProblem);
    }

    /**
     * Waits (at most {@code seconds}) for the rehearsal to finish, so the warm-up does not compete with
     * it for the same caches and cores; returns how long the rehearsal took in ms, or -1 when it was
     * not started or is not done in time.
     */
    static long await(long seconds) {
        if (!started) {
            return -1;
        }
        try {
            return DONE.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String article() {
        try (InputStream in = StartupRehearsal.class.getClassLoader().getResourceAsStream(ARTICLE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
