package io.briefing.briefing;

import io.briefing.snapshot.EvidenceView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A short, faithful briefing: a bottom line, points backed by verbatim quotes, caveats, and a Markdown rendering.")
public final class Briefing {

    private final String question;
    private final BriefingInterpretation interpretation;
    private final String headline;
    private final List<BriefingPoint> points;
    private final List<Caveat> caveats;
    private final Coverage coverage;
    private final List<EvidenceView> sources;
    private volatile String markdown;

    Briefing(String question, BriefingInterpretation interpretation, String headline, List<BriefingPoint> points,
            List<Caveat> caveats, Coverage coverage, List<EvidenceView> sources) {
        this.question = question;
        this.interpretation = interpretation;
        this.headline = headline;
        this.points = points;
        this.caveats = caveats;
        this.coverage = coverage;
        this.sources = sources;
    }

    @Description("The question as asked, or null when the briefing was requested by actor/topic/facet only.")
    public String getQuestion() {
        return question;
    }

    @NonNull
    @Description("How the request was read.")
    public BriefingInterpretation getInterpretation() {
        return interpretation;
    }

    @NonNull
    @Description("Bottom line up front. When the articles do not cover the question, says so.")
    public String getHeadline() {
        return headline;
    }

    @NonNull
    @Description("Points in order of importance, each with at least one verbatim quote.")
    public List<@NonNull BriefingPoint> getPoints() {
        return points;
    }

    @NonNull
    @Description("Counterpoints, uncertain sources, damaged text and gaps.")
    public List<@NonNull Caveat> getCaveats() {
        return caveats;
    }

    @NonNull
    @Description("Whether the knowledge base covers the question.")
    public Coverage getCoverage() {
        return coverage;
    }

    @NonNull
    @Description("Every evidence item cited by the points and caveats, once each, in citation order.")
    public List<@NonNull EvidenceView> getSources() {
        return sources;
    }

    /** Rendered only when a client asks for it. */
    @NonNull
    @Description("The whole briefing rendered as Markdown for a person: headline, numbered points with citations, caveats, sources with quotes.")
    public String getMarkdown() {
        String md = markdown;
        if (md == null) {
            md = MarkdownRenderer.render(this);
            markdown = md;
        }
        return md;
    }
}
