package io.briefing.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Holds the current {@link KnowledgeSnapshot}. Readers take {@link #current()} once per request;
 * {@link #refresh()} rebuilds from the database after a change and swaps the new snapshot in
 * atomically. Rebuilds are serialised so a slow, older rebuild can never replace a newer one.
 */
@ApplicationScoped
public class KnowledgeSnapshots {

    private static final Logger LOG = Logger.getLogger(KnowledgeSnapshots.class);

    private final SnapshotLoader loader;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>(KnowledgeSnapshot.empty());
    private final SnapshotListeners listeners;

    public KnowledgeSnapshots(SnapshotLoader loader, SnapshotListeners listeners) {
        this.loader = loader;
        this.listeners = listeners;
    }

    public KnowledgeSnapshot current() {
        return current.get();
    }

    public KnowledgeSnapshot refresh() {
        KnowledgeSnapshot next = rebuild();
        // Subscribers (re-run briefings) are notified outside the lock, so they never hold up writers.
        listeners.published(next);
        return next;
    }

    private synchronized KnowledgeSnapshot rebuild() {
        long started = System.nanoTime();
        KnowledgeSnapshot next = loader.load(current.get().generation() + 1);
        current.set(next);
        LOG.debugf("Knowledge snapshot %d built in %d ms: %d articles, %d actors, %d topics, %d evidence, %d motives",
                next.generation(), (System.nanoTime() - started) / 1_000_000, next.articles().size(), next.actors().size(),
                next.topics().size(), next.evidence().size(), next.motives().size());
        return next;
    }
}
