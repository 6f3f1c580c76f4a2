package io.briefing.briefing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("BriefingFacet")
@Description("The angle a briefing takes on its actor or topic.")
public enum BriefingFacet {
    @Description("What the actor wants: its goals (\"What does North Korea want?\").")
    MOTIVES,
    @Description("What the actor gives or offers the other side (\"What is Russia providing?\").")
    OFFERS,
    @Description("Concerns and risks: what worries the actor (\"Why is Washington worried?\").")
    CONCERNS,
    @Description("The evidence and figures on a subject, best matches first (\"What was the trade figure for 2023?\").")
    EVIDENCE,
    @Description("The agenda and timeline of the visit: what is discussed, where and when.")
    AGENDA,
    @Description("A general overview of an actor, a topic or the whole article.")
    OVERVIEW
}
