package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Certainty")
@Description("How firmly the article establishes an evidence item, judged from its wording and source.")
public enum Certainty {
    @Description("Confirmed by an authoritative check or plainly observed (footage, a confirmed finding).")
    CONFIRMED,
    @Description("Reported by a named outlet, agency or official body, without independent confirmation in the article.")
    REPORTED,
    @Description("Asserted by an interested party, such as a government official or leader.")
    CLAIMED,
    @Description("An assessment or expectation (\"analysts believe\", \"expects\").")
    BELIEVED,
    @Description("A denial by the party concerned.")
    DENIED,
    @Description("The article itself says the matter is unclear or uncertain.")
    UNCLEAR
}
