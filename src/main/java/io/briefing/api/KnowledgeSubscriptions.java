package io.briefing.api;

import io.briefing.briefing.Briefing;
import io.briefing.briefing.BriefingDepth;
import io.briefing.briefing.BriefingRequest;
import io.briefing.briefing.BriefingService;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.SnapshotListeners;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Pushes changes over WebSocket (graphql-transport-ws on /graphql): a notice whenever the knowledge
 * base changes, or a briefing re-run on every change so a dashboard stays current.
 * <p>
 * Snapshots arrive on the publisher thread (never the writer's, see {@link SnapshotListeners}).
 * {@code briefingUpdated} subscribers asking the same question share one feed: each distinct
 * question is answered once per snapshot, however many subscribe to it. Subscriptions are capped
 * per connection and in total ({@link SubscriptionLimits}).
 */
@GraphQLApi
public class KnowledgeSubscriptions {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(KnowledgeSubscriptions.class);

    private final SnapshotListeners listeners;
    private final BriefingService briefings;
    private final SubscriptionLimits limits;
    /** One feed per distinct briefing request, while anyone subscribes to it. */
    private final Map<BriefingRequest, Feed> feeds = new ConcurrentHashMap<>();

    public KnowledgeSubscriptions(SnapshotListeners listeners, BriefingService briefings, SubscriptionLimits limits) {
        this.listeners = listeners;
        this.briefings = briefings;
        this.limits = limits;
    }

    /** A briefing recomputed once per snapshot and broadcast to every subscriber of its question. */
    private static final class Feed {
        final BroadcastProcessor<Briefing> out = BroadcastProcessor.create();
        int subscribers; // guarded by the feeds map's compute
        io.smallrye.mutiny.subscription.Cancellable upstream;
    }

    @Description("A new state of the knowledge base was published.")
    public record KnowledgeChange(
            @Description("Generation number of the new snapshot; it grows with every change.") int generation,
            @NonNull @Description("When it was published.") Instant publishedAt,
            @Description("Articles in the knowledge base.") int articleCount,
            @Description("Evidence items, confirmed and candidates.") int evidenceCount,
            @Description("Motives.") int motiveCount) {
    }

    @Subscription("knowledgeChanged")
    @NonNull
    @Description("Emits each time an editor's change is published.")
    public Multi<KnowledgeChange> knowledgeChanged() {
        return limits.admit("knowledgeChanged", listeners.stream().map(KnowledgeSubscriptions::change));
    }

    @Subscription("briefingUpdated")
    @NonNull
    @Description("Emits the briefing for `question` again each time the knowledge base changes (not immediately on subscribing). Invalid arguments end the subscription with an error.")
    public Multi<Briefing> briefingUpdated(@NonNull @Description("The question, as for Query.briefing.") String question,
            @Description("Answer from this article only, by its slug, as for Query.briefing.") String article,
            @Description("How much to say; SUMMARY when omitted.") BriefingDepth depth) {
        BriefingRequest request = new BriefingRequest(question, null, null, article, null, depth, null, false);
        briefings.brief(request); // validate now, so a bad question fails at subscription time
        return limits.admit("briefingUpdated", Multi.createFrom().deferred(() -> join(request)));
    }

    /** Subscribes to the shared feed of {@code request}, starting it for the first subscriber. */
    private Multi<Briefing> join(BriefingRequest request) {
        Feed feed = feeds.compute(request, (key, existing) -> {
            Feed f = existing != null ? existing : new Feed();
            if (f.upstream == null) {
                BroadcastProcessor<Briefing> out = f.out;
                f.upstream = listeners.stream().subscribe().with(snapshot -> {
                    try {
                        out.onNext(briefings.brief(key));
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "briefingUpdated: could not recompute a briefing for snapshot %d", snapshot.generation());
                    }
                });
            }
            f.subscribers++;
            return f;
        });
        return Multi.createFrom().publisher(feed.out).onTermination().invoke(() -> leave(request, feed));
    }

    /** Distinct briefing questions with live subscribers (for tests). */
    int feedCount() {
        return feeds.size();
    }

    private void leave(BriefingRequest request, Feed feed) {
        feeds.computeIfPresent(request, (key, f) -> {
            if (f != feed || --f.subscribers > 0) {
                return f;
            }
            f.upstream.cancel(); // the last subscriber left: stop computing this question
            return null;
        });
    }

    private static KnowledgeChange change(KnowledgeSnapshot s) {
        return new KnowledgeChange((int) s.generation(), s.builtAt(), s.articles().size(), s.evidence().size(), s.motives().size());
    }
}
