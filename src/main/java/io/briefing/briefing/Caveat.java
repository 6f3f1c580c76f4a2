package io.briefing.briefing;

import io.briefing.snapshot.EvidenceView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Something a reader should weigh alongside the points: a counterpoint, an uncertain source, damaged text or a gap.")
public record Caveat(
        @NonNull @Description("Why this caveat is here.") CaveatKind kind,
        @NonNull @Description("The caveat in words. Counterpoints give the cleaned reading of the cited quote.") String statement,
        @NonNull @Description("The evidence the caveat rests on, if any (counterpoints always cite one).") List<@NonNull EvidenceView> evidence) {
}
