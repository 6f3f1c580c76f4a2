package io.briefing.snapshot;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Broadcasts each newly published snapshot, for GraphQL subscriptions. */
@ApplicationScoped
public class SnapshotListeners {

    private final BroadcastProcessor<KnowledgeSnapshot> processor = BroadcastProcessor.create();
    /** Writers may publish from several threads at once; the processor needs one signal at a time. */
    synchronized void published(KnowledgeSnapshot snapshot) {
        processor.onNext(snapshot);
    }

    public Multi<KnowledgeSnapshot> stream() {
        return processor;
    }
}
