package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MotiveKind")
@Description("The kind of motive an actor has.")
public enum MotiveKind {
    @Description("What the actor wants to obtain or achieve.")
    GOAL,
    @Description("What the actor gives or offers the other side.")
    OFFER,
    @Description("What worries the actor, or the risk it faces.")
    CONCERN
}
