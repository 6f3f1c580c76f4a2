package io.briefing.ops;

import io.briefing.briefing.BriefingRehearsal;
import io.briefing.snapshot.SnapshotRehearsal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 */
public final class StartupRehearsal {

    private static final Logger LOG = Logger.getLogger(StartupRehearsal.class);

    /** Shipped with the service; its text is only read, never stored. */
    static final String ARTICLE = "articles/putin-visits-pyongyang.txt";

    private static final CompletableFuture<Long> DONE = new CompletableFuture<>();
    private static volatile boolean started;

    private StartupRehearsal() {
    }

    public static void start() {
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
