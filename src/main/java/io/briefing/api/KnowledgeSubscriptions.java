package io.briefing.api;

import io.briefing.briefing.Briefing;
import io.briefing.briefing.BriefingDepth;
import io.briefing.briefing.BriefingRequest;
import io.briefing.briefing.BriefingService;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.SnapshotListeners;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Pushes changes over WebSocket (graphql-transport-ws on /graphql): a notice whenever the knowledge
 * base changes, or a briefing re-run on every change so a dashboard stays current.
 */
@GraphQLApi
public class KnowledgeSubscriptions {

    private final SnapshotListeners listeners;
    private final BriefingService briefings;

    public KnowledgeSubscriptions(SnapshotListeners listeners, BriefingService briefings) {
        this.listeners = listeners;
        this.briefings = briefings;
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
        return listeners.stream().map(KnowledgeSubscriptions::change);
    }

    @Subscription("briefingUpdated")
    @NonNull
    @Description("Emits the briefing for `question` again each time the knowledge base changes (not immediately on subscribing). Invalid arguments end the subscription with an error.")
    public Multi<Briefing> briefingUpdated(@NonNull @Description("The question, as for Query.briefing.") String question,
            @Description("How much to say; SUMMARY when omitted.") BriefingDepth depth) {
        BriefingRequest request = new BriefingRequest(question, null, null, null, depth, null, false);
        briefings.brief(request); // validate now, so a bad question fails at subscription time
        return listeners.stream().map(snapshot -> briefings.brief(request));
    }

    private static KnowledgeChange change(KnowledgeSnapshot s) {
        return new KnowledgeChange((int) s.generation(), s.builtAt(), s.articles().size(), s.evidence().size(), s.motives().size());
    }
}
