package io.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.ActorKind;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.InMemorySnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What counts as a place in a sentence for "where" questions, and how near an answer stands to the question's words. */
class AnswerSignalsTest {

    private static final ActorView NORWAY = new InMemorySnapshot()
            .article("any", "Any", "Norway.\n", LocalDate.of(2026, 5, 2))
            .actor("norway", "Norway", ActorKind.COUNTRY, "Norwegian")
            .build().actor("norway").orElseThrow();

    @Test
    void aPlaceNamedOnlyThroughAnAdjectiveDoesNotSayWhere() {
        assertThat(AnswerSignals.namedAsPlace(NORWAY, "Under Norwegian law, mediation must end by Friday.")).isFalse();
        assertThat(AnswerSignals.namedAsPlace(NORWAY, "The talks resume in Norway on Monday.")).isTrue();
        assertThat(AnswerSignals.namedAsPlace(NORWAY, "The capital said nothing.")).as("recognised some other way: counts").isTrue();
    }

    @Test
    void aMeansOfTravelIsAConveyanceAfterByAboardOrIn() {
        assertThat(AnswerSignals.carriedBy("Kim arrived in Russia's Far East by armored train.")).as("'in Russia' first, then 'by armored train'").isTrue();
        assertThat(AnswerSignals.carriedBy("He left aboard a chartered plane.")).isTrue();
        assertThat(AnswerSignals.carriedBy("Ada Lund arrived in Sorvik by overnight ferry.")).as("two prepositions within three words").isTrue();
        assertThat(AnswerSignals.carriedBy("Supplies will go by sea.")).isTrue();
        assertThat(AnswerSignals.carriedBy("He arrived in Moscow by Tuesday, in a good mood.")).isFalse();
        assertThat(AnswerSignals.carriedBy("The union voted on the train drivers' pay.")).as("a train word, not after a preposition of means").isFalse();
    }

    @Test
    void aPurposeOrAReadingOfOneIsAReason() {
        var s = sentences("Putin will also visit Vietnam, a sign that the Kremlin is vying with the United States. The union walked out in a bid to win a pay rise. Putin will also visit Vietnam.\n");
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(0), java.util.List.of())).isTrue();
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(1), java.util.List.of())).isTrue();
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(2), java.util.List.of())).isFalse();
    }

    @Test
    void aTimeOfDaySaysWhen() {
        var s = sentences("The ferry struck the carrier at about 7:40 pm in fog. The talks resume at 10 a.m. The vote is set for 18:30. The ferry carried 286 passengers.\n");
        assertThat(AnswerSignals.has(AnswerType.TIME, s.get(0), java.util.List.of())).isTrue();
        assertThat(AnswerSignals.has(AnswerType.TIME, s.get(1), java.util.List.of())).isTrue();
        assertThat(AnswerSignals.has(AnswerType.TIME, s.get(2), java.util.List.of())).isTrue();
        assertThat(AnswerSignals.has(AnswerType.TIME, s.get(3), java.util.List.of())).as("a figure is no time").isFalse();
    }

    private static java.util.List<io.briefing.snapshot.EvidenceView> sentences(String text) {
        return new InMemorySnapshot().article("any", "Any", text, LocalDate.of(2026, 10, 22)).build().articles().get(0).passages();
    }

    private static java.util.function.Predicate<String> word(String w) {
        String stem = io.briefing.language.EnglishAnalysis.stem(w);
        return stem::equals;
    }

    @Test
    void aDateBesideTheQuestionsWordIsItsDate() {
        var s = sentences("The city council will vote on the plan on November 12. If the ban comes in early, members will drop Porto Vesca from their 2028 itineraries.\n");
        assertThat(AnswerSignals.reach(AnswerType.TIME, s.get(0), word("vote"), java.util.List.of(), Integer.MAX_VALUE, t -> false)).as("vote on the plan on November 12: two content words apart").isEqualTo(2);
        assertThat(AnswerSignals.reach(AnswerType.TIME, s.get(1), word("ban"), java.util.List.of(), Integer.MAX_VALUE, t -> false)).isGreaterThan(3);
        assertThat(AnswerSignals.reach(AnswerType.TIME, s.get(0), word("ban"), java.util.List.of(), Integer.MAX_VALUE, t -> false)).isEqualTo(Integer.MAX_VALUE);
        assertThat(AnswerSignals.reach(AnswerType.TIME, s.get(0), word("vote"), java.util.List.of(), 1, t -> false)).as("beyond the limit").isEqualTo(Integer.MAX_VALUE);
        var warned = sentences("Cruise operators warned on Wednesday that the ban would cost jobs.\n").get(0);
        assertThat(AnswerSignals.reach(AnswerType.TIME, warned, word("cruise"), java.util.List.of(), Integer.MAX_VALUE, t -> false)).isLessThanOrEqualTo(3);
        assertThat(AnswerSignals.reach(AnswerType.TIME, warned, word("cruise"), java.util.List.of(), Integer.MAX_VALUE, t -> true))
                .as("a time the caller rules out is no answer").isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anIrregularFormIsTheQuestionsWordBesideTheAnswer() {
        var slide = sentences("The authority said the slide came down shortly before midnight on Sunday, June 14.\n").get(0);
        assertThat(AnswerSignals.reach(AnswerType.TIME, slide, word("come"), java.util.List.of(), Integer.MAX_VALUE, t -> false))
                .as("'came' is 'come' here as in the index: the date is beside it").isLessThanOrEqualTo(3);
    }

    @Test
    void aYearCountsNothing() {
        var s = sentences("Most of its wells will run dry by 2028, forcing families to leave. The cooperative represents 240 farming families.\n");
        assertThat(AnswerSignals.reach(AnswerType.QUANTITY, s.get(0), word("families"), java.util.List.of(), Integer.MAX_VALUE, t -> false)).isEqualTo(Integer.MAX_VALUE);
        assertThat(AnswerSignals.reach(AnswerType.QUANTITY, s.get(1), word("families"), java.util.List.of(), Integer.MAX_VALUE, t -> false)).as("240 farming families").isEqualTo(2);
    }

    @Test
    void aPlaceTheQuestionNamesIsNoAnswerNearby() {
        var snapshot = new InMemorySnapshot().article("any", "Any", "The talks resume in Oslo on Monday.\n", LocalDate.of(2026, 5, 2))
                .actor("oslo", "Oslo", ActorKind.PLACE).build();
        var sentence = snapshot.articles().get(0).passages().get(0);
        assertThat(AnswerSignals.reach(AnswerType.PLACE, sentence, word("resume"), java.util.List.of(), Integer.MAX_VALUE, t -> false)).isEqualTo(1);
        assertThat(AnswerSignals.reach(AnswerType.PLACE, sentence, word("resume"), java.util.List.of(snapshot.actor("oslo").orElseThrow()), Integer.MAX_VALUE, t -> false))
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aConditionStatesWhyAThreatIsMade() {
        var s = sentences("Farmers threatened to block the road unless the province halts the expansion. Farmers met on Monday.\n");
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(0), java.util.List.of())).isTrue();
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(1), java.util.List.of())).isFalse();
    }

    @Test
    void aMatterSomethingHappensOverAndWhatIsBlamedStateWhy() {
        var s = sentences("The last round collapsed on December 17 over a demand for a licence freeze. "
                + "The cooperative blames pumping by the miner. The level fell over the past three years. "
                + "Water levels fell over two days. Officials met over the weekend.\n");
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(0), java.util.List.of())).as("over a matter").isTrue();
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(1), java.util.List.of())).as("what is blamed").isTrue();
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(2), java.util.List.of())).as("over a stretch of time").isFalse();
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(3), java.util.List.of())).isFalse();
        assertThat(AnswerSignals.has(AnswerType.REASON, s.get(4), java.util.List.of())).isFalse();
    }

    @Test
    void aNamedBuildingAfterAtIsAPlace() {
        var s = sentences("The appeal will be heard at Corrowick Magistrates' Court on December 8. "
                + "The company wrote to Corrowick Licensing Company on Monday. The appeal was heard at Hoplift Partners.\n");
        assertThat(AnswerSignals.has(AnswerType.PLACE, s.get(0), java.util.List.of())).as("a court, named, where it happens").isTrue();
        assertThat(AnswerSignals.has(AnswerType.PLACE, s.get(1), java.util.List.of())).as("a body written to is no venue").isFalse();
        assertThat(AnswerSignals.has(AnswerType.PLACE, s.get(2), java.util.List.of())).as("partners are people, not a building").isFalse();
    }
}
