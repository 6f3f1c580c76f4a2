package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ActorKind")
@Description("What sort of actor this is.")
public enum ActorKind {
    @Description("A state, named by its country or capital (\"Pyongyang\", \"the Kremlin\").")
    COUNTRY,
    @Description("An international or non-state organisation such as the United Nations.")
    ORGANIZATION,
    @Description("A person, who usually acts for a country (see Actor.represents).")
    PERSON,
    @Description("A news outlet, agency or state medium the article relies on (\"Reuters\", \"Russian state media\"): evidence credited to it lists it among its actors and in Evidence.sources.")
    SOURCE,
    @Description("A place such as a city (\"Kharkiv\"), named where something happened.")
    PLACE,
    @Description("A group of states or people spoken of together (\"the West\").")
    GROUP
}
