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
import java.time.Instant;
import java.util.function.Function;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The single path for every write: check the caller is an editor, run the change in one new
 * transaction (all or nothing), translate storage conflicts into client errors, then publish a new
 * snapshot so the very next read and briefing reflect the change.
 */
@ApplicationScoped
public class KnowledgeWriter {

    private static final Logger LOG = Logger.getLogger(KnowledgeWriter.class);

    private final EditorGuard guard;
    private final KnowledgeSnapshots snapshots;
    private final EntityManager em;

    public KnowledgeWriter(EditorGuard guard, KnowledgeSnapshots snapshots, EntityManager em) {
        this.guard = guard;
        this.snapshots = snapshots;
        this.em = em;
    }

    /** Runs {@code work} as the authenticated editor and returns its result with the snapshot published after it. */
    public <T> Written<T> write(String operation, Function<Change, T> work) {
        String user = guard.requireEditor();
        T result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> {
                T r = work.apply(new Change(user, Instant.now()));
                em.flush(); // surface constraint and version conflicts here, inside the transaction
                return r;
            });
        } catch (RuntimeException e) {
            throw translate(operation, e);
        }
        KnowledgeSnapshot snapshot = snapshots.refresh();
        LOG.infof("%s by %s committed; snapshot %d published", operation, user, snapshot.generation());
        return new Written<>(result, snapshot);
    }

    /** A write's result and the snapshot that already contains it. */
    public record Written<T>(T result, KnowledgeSnapshot snapshot) {
    }

    private static RuntimeException translate(String operation, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
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
