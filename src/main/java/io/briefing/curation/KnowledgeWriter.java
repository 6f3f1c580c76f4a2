package io.briefing.curation;

import io.briefing.config.BriefingSettings;
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
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
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
            BriefingSettings settings) {
        BriefingSettings.Writes writes = settings.writes();
        this.guard = guard;
        this.snapshots = snapshots;
        this.briefings = briefings;
        this.em = em;
        this.queue = new WriteQueue(writes.queueSize(), writes.queueWait());
        this.transactionTimeoutSeconds = (int) Math.max(1, writes.transactionTimeout().toSeconds());
    }

    /** Runs {@code work} as the authenticated editor and returns its result with the snapshot published after it. */
    public <T> Written<T> write(Operation operation, Function<Change, T> work) {
        return write(operation, () -> null, (change, nothing) -> work.apply(change));
    }

    /**
     * Like {@link #write(Operation, Function)}, with a {@code prepare} step that runs after the editor
     * check and the queue's admission but before the writer's turn and the transaction: CPU work that
     * needs no database (analysing a 200 KB text) then neither holds the turn nor counts against the
     * transaction timeout, and a write refused as busy costs nothing.
     */
    public <P, T> Written<T> write(Operation operation, Supplier<P> prepare, BiFunction<Change, P, T> work) {
        String user = guard.requireEditor();
        java.util.concurrent.atomic.AtomicBoolean local = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            return writeAndPublish(operation, prepare, work, user, local);
        } finally {
            if (local.get()) {
                snapshots.endLocalWrite();
            }
        }
    }

    private <P, T> Written<T> writeAndPublish(Operation operation, Supplier<P> prepare, BiFunction<Change, P, T> work, String user,
            java.util.concurrent.atomic.AtomicBoolean local) {
        T result = queue.run(operation.fieldName(), prepare, prepared -> {
            if (local.compareAndSet(false, true)) {
                snapshots.beginLocalWrite(); // from before the commit until the refresh below (see ReplicaSync)
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(() -> {
                        T r = work.apply(new Change(operation, user, Instant.now()), prepared);
                        em.flush(); // surface constraint and version conflicts here, inside the transaction
                        return r;
                    });
                } catch (RuntimeException e) {
                    if (attempt == 1 && lostArticleRace(e)) {
                        // Another replica committed the same text (or a new article with the same slug)
                        // between our check and our insert; the queue only serialises this replica's
                        // writes. Run once more: it now finds the winner's article (or the next free slug).
                        LOG.infof("%s: another replica stored the same article first; answering with it", operation);
                        continue;
                    }
                    throw translate(operation.fieldName(), e, transactionTimeoutSeconds);
                }
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

    /** A unique-key failure on an article's content hash or slug: what two replicas ingesting at once run into. */
    static boolean lostArticleRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                String name = String.valueOf(c.getConstraintName()).toLowerCase(java.util.Locale.ROOT);
                String message = String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT);
                // Candidate actors and motives too: two replicas ingesting different articles that name
                // the same new organisation both propose it; the retry finds the winner's and skips it.
                return name.contains("uk_article_") || message.contains("uk_article_content_hash") || message.contains("uk_article_slug")
                        || name.contains("uk_actor_") || message.contains("uk_actor_slug") || message.contains("uk_actor_alias_normalized")
                        || name.contains("uk_motive_key") || message.contains("uk_motive_key");
            }
        }
        return false;
    }

    /**
     * The database could not be reached: the connection was refused or dropped (SQL state class 08),
     * the server is shutting down (57P01-57P03), or the pool gave up waiting for a connection.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static RuntimeException translate(String operation, RuntimeException e, int timeoutSeconds) {
        if (databaseUnavailable(e)) {
            LOG.warnf("%s failed: the database is unreachable (%s)", operation, e.getMessage());
            return new io.briefing.error.DatabaseUnavailableException(operation + ": the database is unavailable; nothing was "
                    + "written. Reads keep answering from the last snapshot; retry the change once the database is back");
        }
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
