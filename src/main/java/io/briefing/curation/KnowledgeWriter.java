package io.briefing.curation;

import io.briefing.error.ClientException;
import io.briefing.error.InvalidInputException;
import io.briefing.error.VersionConflictException;
import io.briefing.security.EditorGuard;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The single path for every write: check the caller is an editor, prepare the expensive,
 * database-free part (text analysis) on the caller's thread, wait for this write's turn in the
 * bounded {@link WriteQueue} (one writer at a time; "busy, retry" when full), run the change in one
 * new, short transaction with an explicit timeout (all or nothing), translate storage conflicts into
 * client errors, then publish a new snapshot (coalesced with concurrent writers' refreshes) so the
 * very next read and briefing reflect the change.
 */
@ApplicationScoped
public class KnowledgeWriter {

    private static final Logger LOG = Logger.getLogger(KnowledgeWriter.class);

    private final EditorGuard guard;
    private final KnowledgeSnapshots snapshots;
    private final io.briefing.briefing.BriefingService briefings;
    private final EntityManager em;
    private final WriteQueue queue;
    private final int transactionTimeoutSeconds;

    public KnowledgeWriter(EditorGuard guard, KnowledgeSnapshots snapshots, io.briefing.briefing.BriefingService briefings, EntityManager em,
            @ConfigProperty(name = "briefing.writes.queue-size", defaultValue = "16") int queueSize,
            @ConfigProperty(name = "briefing.writes.queue-wait", defaultValue = "30S") Duration queueWait,
            @ConfigProperty(name = "briefing.writes.transaction-timeout", defaultValue = "30S") Duration transactionTimeout) {
        this.guard = guard;
        this.snapshots = snapshots;
        this.briefings = briefings;
        this.em = em;
        this.queue = new WriteQueue(queueSize, queueWait);
        this.transactionTimeoutSeconds = (int) Math.max(1, transactionTimeout.toSeconds());
    }

    /** Runs {@code work} as the authenticated editor and returns its result with the snapshot published after it. */
    public <T> Written<T> write(String operation, Function<Change, T> work) {
        return write(operation, () -> null, (change, nothing) -> work.apply(change));
    }

    /**
     * Like {@link #write(String, Function)}, with a {@code prepare} step that runs after the editor
     * check and the queue's admission but before the writer's turn and the transaction: CPU work that
     * needs no database (analysing a 200 KB text) then neither holds the turn nor counts against the
     * transaction timeout, and a write refused as busy costs nothing.
     */
    public <P, T> Written<T> write(String operation, Supplier<P> prepare, BiFunction<Change, P, T> work) {
        String user = guard.requireEditor();
        T result = queue.run(operation, prepare, prepared -> {
            try {
                return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(() -> {
                    T r = work.apply(new Change(user, Instant.now()), prepared);
                    em.flush(); // surface constraint and version conflicts here, inside the transaction
                    return r;
                });
            } catch (RuntimeException e) {
                throw translate(operation, e, transactionTimeoutSeconds);
            }
        });
        // Outside the writer's turn: the next writer commits while this snapshot builds, and
        // concurrent refreshes share one rebuild.
        KnowledgeSnapshot snapshot = snapshots.refresh();
        // The briefing index too, before answering: the editor's next briefing sees this change,
        // and readers never wait for an index build.
        briefings.prepare(snapshot);
        LOG.infof("%s by %s committed; snapshot %d published", operation, user, snapshot.generation());
        return new Written<>(result, snapshot);
    }

    /** The queue every write passes (tests hold its turn to observe "busy"). */
    WriteQueue queue() {
        return queue;
    }

    /** A write's result and the snapshot that already contains it. */
    public record Written<T>(T result, KnowledgeSnapshot snapshot) {
    }

    private static RuntimeException translate(String operation, RuntimeException e, int timeoutSeconds) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException) {
                // The transaction manager rolled it back: in practice, the explicit timeout expired.
                return new io.briefing.error.BusyException(operation + ": the write did not finish within " + timeoutSeconds
                        + " s and was rolled back; nothing was written, retry later");
            }
            if (t instanceof ClientException client) {
                return client;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new VersionConflictException(operation + ": the record was changed by someone else at the same time; reload it and retry");
            }
            if (t instanceof ConstraintViolationException) {
                return new InvalidInputException(operation + ": a record with the same key, slug or alias already exists");
            }
            if (t instanceof org.hibernate.exception.DataException) {
                return new InvalidInputException(operation + ": a value is longer than the field allows");
            }
        }
        return e;
    }
}
