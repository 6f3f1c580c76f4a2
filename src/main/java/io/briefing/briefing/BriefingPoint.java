package io.briefing.briefing;

import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.MotiveView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One point of a briefing, backed by verbatim evidence.")
public record BriefingPoint(
        @NonNull @Description("The point: a curated motive statement, or the attributed reading of a cited quote. Never text the articles do not support.") String statement,
        @NonNull @Description("Verbatim quotes backing the point; each equals `article.text[start, end)`. Never empty.") List<@NonNull EvidenceView> evidence,
        @Description("The curated motive this point states, when it comes from one.") MotiveView motive) {
}
