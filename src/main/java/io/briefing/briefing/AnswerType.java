package io.briefing.briefing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("AnswerType")
@Description("The kind of thing an answer must contain; sentences that contain one rank higher.")
public enum AnswerType {
    @Description("A person or an organisation.")
    PERSON_OR_ORGANIZATION,
    @Description("A place: a country, city or site.")
    PLACE,
    @Description("A date or time.")
    TIME,
    @Description("A figure: a count or an amount.")
    QUANTITY,
    @Description("An amount of money: a figure with its currency (how much something costs or pays).")
    MONEY,
    @Description("A length of time.")
    DURATION,
    @Description("A reason or cause.")
    REASON,
    @Description("A means of travel or transport (\"by armored train\", \"aboard a plane\"), for \"how did ... get to ...?\".")
    MEANS,
    @Description("A goal, offer or concern of an actor.")
    MOTIVE,
    @Description("A statement of fact; no particular kind of word.")
    STATEMENT
}
