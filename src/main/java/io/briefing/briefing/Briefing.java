package io.briefing.briefing;

import io.briefing.snapshot.EvidenceView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A short, faithful briefing: a bottom line, points backed by verbatim quotes, caveats, and a Markdown rendering.")
public record Briefing(
        @Description("The question as asked, or null when the briefing was requested by actor/topic/facet only.") String question,
        @NonNull @Description("How the request was read.") BriefingInterpretation interpretation,
        @NonNull @Description("Bottom line up front. When the articles do not cover the question, says so.") String headline,
        @NonNull @Description("Points in order of importance, each with at least one verbatim quote.") List<@NonNull BriefingPoint> points,
        @NonNull @Description("Counterpoints, uncertain sources, damaged text and gaps.") List<@NonNull Caveat> caveats,
        @NonNull @Description("Whether the knowledge base covers the question.") Coverage coverage,
        @NonNull @Description("Every evidence item cited by the points and caveats, once each, in citation order.") List<@NonNull EvidenceView> sources,
        @NonNull @Description("The whole briefing rendered as Markdown for a person: headline, numbered points with citations, caveats, sources with quotes.") String markdown) {
}
