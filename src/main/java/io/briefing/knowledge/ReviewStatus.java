package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReviewStatus")
@Description("Whether a person has reviewed an actor or a motive, or the service proposed it from an ingested article.")
public enum ReviewStatus {
    @Description("Curated, created by an editor, or confirmed by one: reviewed knowledge, used first.")
    CONFIRMED,
    @Description("Proposed by the service when an article was ingested and not yet reviewed: listed only when asked for (includeCandidates), and cited by briefings after reviewed knowledge, with a caveat. An editor confirms or rejects it.")
    CANDIDATE
}
