package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EvidenceStatus")
@Description("Whether an evidence item may back a briefing by default.")
public enum EvidenceStatus {
    @Description("Reviewed by a person; briefings use it.")
    CONFIRMED,
    @Description("Machine extracted and not yet confirmed; briefings use it only when asked to (includeCandidates).")
    CANDIDATE,
    @Description("A sentence of an article that no editor has reviewed, cited by a briefing because it answers the question. Never stored; briefings say so in a caveat.")
    UNREVIEWED
}
