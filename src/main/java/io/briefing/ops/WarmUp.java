package io.briefing.ops;

import io.briefing.config.BriefingSettings;
import io.briefing.briefing.BriefingService;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.briefing.snapshot.SnapshotStore;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Builds what the first answers need (the knowledge snapshot, the briefing search index with its
 * word lists and WordNet) after the curated files are in the database. By default it runs on its
 * own thread, in parallel with the HTTP server's start: readiness stays DOWN until it is done, and
 * requests that arrive meanwhile (GraphQL and the reader's pages; not /q/ health and console) wait
 * for it without holding a thread, so nobody is answered from an empty knowledge base. A failure
 * stops the service, as it did when this ran inside start-up. Logs one line with the framework's
 * share of the start-up and ours.
 * <p>
 * On a restart it first tries the persisted snapshot (io.briefing.snapshot.SnapshotFile), which the
 * start-up rehearsal read, built and indexed while the framework started: when its stamp matches
 * the database now (same build, same database, same change-log state, read after the curated-file
 * check) it is published as it is, which takes milliseconds. Otherwise (no file, another build, a
 * corrupt file, any change since) the reason is logged and the snapshot is loaded from the database.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    private final KnowledgeSnapshots snapshots;
    private final BriefingService briefings;
    private final SnapshotStore store;
    private final boolean background;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    public WarmUp(KnowledgeSnapshots snapshots, BriefingService briefings, SnapshotStore store,
            BriefingSettings settings) {
        this.snapshots = snapshots;
        this.briefings = briefings;
        this.store = store;
        this.background = settings.startup().backgroundWarmUp();
    }

    /** After the curated files (priority 100) and before the HTTP server accepts requests. */
    void onStart(@Observes @Priority(200) StartupEvent event) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long startupEventAt = System.currentTimeMillis();
        snapshots.startupPending(true); // the replica poll (started after this) leaves the first snapshot to us
        if (!background) {
            run(jvmStart, startupEventAt);
            return;
        }
        Thread thread = new Thread(() -> run(jvmStart, startupEventAt), "briefing-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(long jvmStart, long startupEventAt) {
        try {
            warmUp(jvmStart, startupEventAt);
        } finally {
            snapshots.startupPending(false);
        }
    }

    private void warmUp(long jvmStart, long startupEventAt) {
        long tw = System.nanoTime();
        // The rehearsal (StartupRehearsal, started in main) is almost always done by now; waiting for
        // it keeps the two from evicting each other's cache entries and competing for the cores.
        long rehearsal = StartupRehearsal.await(10);
        long t0 = System.nanoTime();
        try {
            Optional<StartupRehearsal.Preloaded> persisted = persisted();
            if (persisted.isPresent()) {
                StartupRehearsal.Preloaded p = persisted.get();
                if (snapshots.install(p.snapshot(), p.stamp().changeId(), s -> briefings.adopt(p.briefings()))) {
                    done.complete(null);
                    long doneAt = System.currentTimeMillis();
                    LOG.infof("Warm-up done %d ms after launch: snapshot and briefing index from the persisted snapshot "
                            + "(change-log id %d; read, built and indexed in %d ms %s), checked against the database and published in %d ms "
                            + "(%s; waited %d ms for the start-up rehearsal, which took %d ms); "
                            + "launch to start-up event %d ms (framework, Flyway, curated-file check)",
                            doneAt - jvmStart, p.stamp().changeId(), p.millis(),
                            StartupRehearsal.started() ? "during the framework's start" : "after it",
                            (System.nanoTime() - t0) / 1_000_000,
                            background ? "in parallel with the HTTP start" : "before the HTTP start", (t0 - tw) / 1_000_000, rehearsal,
                            startupEventAt - jvmStart);
                    warmedUpAt(jvmStart, doneAt);
                    return;
                }
                LOG.info("Persisted snapshot not used: a snapshot was published meanwhile; loading the knowledge base from the database");
            }
            t0 = System.nanoTime();
            snapshots.refresh();
            long t1 = System.nanoTime();
            briefings.warmUp();
            long t2 = System.nanoTime();
            done.complete(null);
            long doneAt = System.currentTimeMillis();
            LOG.infof("Warm-up done %d ms after launch: snapshot %d ms, briefing index and word lists %d ms (%s; "
                    + "waited %d ms for the start-up rehearsal, which took %d ms during the framework's start); "
                    + "launch to start-up event %d ms (framework, Flyway, curated-file check)",
                    doneAt - jvmStart, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    background ? "in parallel with the HTTP start" : "before the HTTP start", (t0 - tw) / 1_000_000, rehearsal,
                    startupEventAt - jvmStart);
            warmedUpAt(jvmStart, doneAt);
        } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
            LOG.error("Briefing cannot start: the knowledge snapshot could not be built", e);
            if (background) {
                Quarkus.asyncExit(1);
            } else {
                throw e;
            }
        }
    }

    /**
     * The persisted snapshot, built, when it may be published: read by the start-up rehearsal (or
     * here, when the rehearsal did not run) and its stamp equal to the database's now. Logs why not
     * when a file was there but cannot be used.
     */
    private Optional<StartupRehearsal.Preloaded> persisted() {
        Optional<Path> file = store.file();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        StartupRehearsal.Preloaded p = null;
        Optional<String> problem = Optional.empty();
        if (StartupRehearsal.started()) {
            p = StartupRehearsal.preloaded().orElse(null);
            problem = StartupRehearsal.preloadProblem();
            StartupRehearsal.release();
            if (p == null && problem.isEmpty() && Files.exists(file.get())) {
                // Only slow, not wrong: the file stays for the next start (the rebuild below rewrites it anyway).
                LOG.infof("Persisted snapshot %s not used: the start-up rehearsal had not finished reading it; "
                        + "loading the knowledge base from the database", file.get());
                return Optional.empty();
            }
        } else if (Files.exists(file.get())) {
            try {
                p = StartupRehearsal.preload(file.get());
            } catch (IOException | RuntimeException e) {
                problem = Optional.ofNullable(e.getMessage()).or(() -> Optional.of(e.toString()));
            }
        }
        if (p != null) {
            problem = store.mismatch(p.stamp());
        }
        if (problem.isPresent()) {
            LOG.infof("Persisted snapshot %s not used: %s; loading the knowledge base from the database", file.get(), problem.get());
            store.discard(); // the rebuild below writes a current one
            return Optional.empty();
        }
        return Optional.ofNullable(p);
    }

    private long httpStartedAt = -1;
    private long warmedUpAt = -1;

    /** When the HTTP server listens: with the warm-up's end, what tells the framework's share from ours. */
    void onHttpStart(@jakarta.enterprise.event.ObservesAsync io.quarkus.vertx.http.HttpServerStart event) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        synchronized (this) {
            httpStartedAt = System.currentTimeMillis();
            report(jvmStart);
        }
    }

    private synchronized void warmedUpAt(long jvmStart, long at) {
        warmedUpAt = at;
        report(jvmStart);
    }

    /**
     * One line once both are known: the framework's share (launch to the HTTP server listening) and
     * ours after it (how long requests arriving at the HTTP start wait for the warm-up; 0 when it was
     * done first). Our share before it is the curated-file check (its own log line).
     */
    private void report(long jvmStart) {
        if (httpStartedAt < 0 || warmedUpAt < 0) {
            return;
        }
        LOG.infof("Start-up: framework %d ms (launch to HTTP server listening), ours after it %d ms (how long the warm-up ran on after the HTTP server started listening; 0: it was done before)",
                httpStartedAt - jvmStart, Math.max(0, warmedUpAt - httpStartedAt));
    }

    public boolean isDone() {
        return done.isDone() && !done.isCompletedExceptionally();
    }

    void register(@Observes Router router) {
        // Everything but /q/ (health must answer DOWN at once; the console needs no snapshot).
        router.routeWithRegex("^/(?!q/).*").order(-200).handler(this::gate);
    }

    private void gate(RoutingContext ctx) {
        if (done.isDone()) {
            ctx.next();
            return;
        }
        Context context = Vertx.currentContext();
        ctx.request().pause();
        done.whenComplete((v, e) -> context.runOnContext(x -> {
            ctx.next();
            ctx.request().resume();
        }));
    }
}
