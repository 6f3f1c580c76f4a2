package io.briefing.api;

import io.briefing.briefing.Briefing;
import io.briefing.briefing.BriefingDepth;
import io.briefing.briefing.BriefingFacet;
import io.briefing.briefing.BriefingRequest;
import io.briefing.briefing.BriefingService;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The briefing query: a plain-English question, or an actor/topic/facet, answered with cited points. */
@GraphQLApi
// Served from the in-memory snapshot, but a briefing is CPU work of a millisecond or more: on the two
// event-loop threads, a request asking for many of them stalled every other client (issue 10.2). It
// runs on the worker pool, as a Uni: SmallRye runs @Blocking resolvers through Vert.x's *ordered*
// executeBlocking, one at a time per event loop, so a briefing waited behind every mutation on its
// event loop (seen as 7-10 s probes during ten concurrent ingestions).
public class BriefingQueries {

    private final BriefingService briefings;

    public BriefingQueries(BriefingService briefings) {
        this.briefings = briefings;
    }

    @Query("briefing")
    @NonNull
    @Description("A briefing answering a question (\"What does North Korea want?\") or naming an actor, topic and facet. "
            + "Every point cites verbatim quotes. Questions the articles do not cover get coverage NONE and no points. "
            + "Errors: an empty question with no other argument, a question over 500 characters, unknown actor/topic/article slugs (the error lists valid ones), maxPoints outside 1-20.")
    public Uni<Briefing> briefing(
            @Description("The question in plain English, at most 500 characters.") String question,
            @Description("The actor to brief on: slug or alias (\"north-korea\", \"Pyongyang\"). Overrides the actor found in the question.") String actor,
            @Description("Restrict to a topic: slug or name (\"sanctions-and-un\").") String topic,
            @Description("Answer from one article only, by its slug (\"putin-visits-pyongyang\"): names and words the question uses are looked for in that article alone, so a question that fits several stories is answered from this one. With no question, an overview of the article.") String article,
            @Description("The angle to take; read from the question's wording when omitted.") BriefingFacet facet,
            @DefaultValue("SUMMARY") @Description("How much to say: HEADLINE, SUMMARY (default) or DETAILED.") BriefingDepth depth,
            @Description("Maximum number of points, 1 to 20; by default 1, 5 or 10 depending on depth.") Integer maxPoints,
            @DefaultValue("false") @Description("Also cite machine-extracted evidence that no editor has confirmed yet.") Boolean includeCandidates) {
        BriefingRequest request = new BriefingRequest(question, actor, topic, article, facet, depth, maxPoints, Boolean.TRUE.equals(includeCandidates));
        return Uni.createFrom().item(() -> briefings.brief(request)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
