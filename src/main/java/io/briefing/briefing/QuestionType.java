package io.briefing.briefing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("QuestionType")
@Description("What kind of answer a question asks for, read from its wording.")
public enum QuestionType {
    @Description("Who did or said something: a person or organisation (\"Who greeted Putin?\").")
    WHO(AnswerType.PERSON_OR_ORGANIZATION),
    @Description("When something happened: a date or time (\"When did Putin arrive?\").")
    WHEN(AnswerType.TIME),
    @Description("Where something happened: a place (\"Where did the leaders meet?\").")
    WHERE(AnswerType.PLACE),
    @Description("How many: a count (\"How many containers?\").")
    HOW_MANY(AnswerType.QUANTITY),
    @Description("How much: an amount, often money (\"How much was trade worth?\").")
    HOW_MUCH(AnswerType.QUANTITY),
    @Description("How long: a duration (\"How long did the panel work?\").")
    HOW_LONG(AnswerType.DURATION),
    @Description("Why something happened: a reason.")
    WHY(AnswerType.REASON),
    @Description("A yes-or-no question (\"Did Russia deny the transfers?\"), answered with the sentence that settles it.")
    YES_NO(AnswerType.STATEMENT),
    @Description("Any other factual question (what, which, how).")
    WHAT(AnswerType.STATEMENT),
    @Description("What an actor wants: its goals.")
    MOTIVES(AnswerType.MOTIVE),
    @Description("What an actor gives or offers.")
    OFFERS(AnswerType.MOTIVE),
    @Description("What worries an actor.")
    CONCERNS(AnswerType.MOTIVE),
    @Description("A general overview of an actor, a topic or the articles.")
    OVERVIEW(AnswerType.STATEMENT);

    private final AnswerType answerType;

    QuestionType(AnswerType answerType) {
        this.answerType = answerType;
    }

    public AnswerType answerType() {
        return answerType;
    }

    boolean asksForMotives() {
        return this == MOTIVES || this == OFFERS || this == CONCERNS;
    }
}
