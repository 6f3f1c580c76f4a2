package io.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grammar of stating a motive: some verbs state one only with their particle, none as a noun after a preposition. */
class QuestionCuesTest {

    @Test
    void aVerbThatNeedsItsParticleStatesOnlyWithIt() {
        assertThat(QuestionCues.statesWith("call", "The union is calling for a freeze on the closures.")).isTrue();
        assertThat(QuestionCues.statesWith("call", "The mayor called on the council to delay the vote.")).isTrue();
        assertThat(QuestionCues.statesWith("call", "The union called the increase unfair.")).isFalse();
        assertThat(QuestionCues.statesWith("push", "The closures would push more patients into corridors.")).isFalse();
        assertThat(QuestionCues.statesWith("push", "Farmers are pushing hard for a moratorium.")).isTrue();
        assertThat(QuestionCues.statesWith("ask", "She asked the city for a water study.")).isTrue();
        assertThat(QuestionCues.statesWith("ask", "Reporters asked whether the mine would close.")).isFalse();
        assertThat(QuestionCues.statesWith("want", "They want a new treaty.")).as("a verb that states on its own").isTrue();
    }

    @Test
    void aCueAsANounAfterAPrepositionStatesNothing() {
        assertThat(QuestionCues.statesWith("need", "The union would suspend the walkout for flights carrying patients in urgent need."))
                .isFalse();
        assertThat(QuestionCues.statesWith("need", "The airline needs a deal before December.")).isTrue();
        assertThat(QuestionCues.statesWith("demand", "The union is demanding a pay rise of 9.5 percent.")).isTrue();
    }

    @Test
    void aMotiveQuestionsWordingIncludesTheVerbsThatStateAMotive() {
        assertThat(QuestionCues.MOTIVE_WORDING).contains("want", "ask", "press", "call");
    }
}
