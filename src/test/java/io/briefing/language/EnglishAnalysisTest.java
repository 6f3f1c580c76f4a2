package io.briefing.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishAnalysisTest {

    @Test
    void stemsContentWordsAndDropsStopAndQuestionWords() {
        assertThat(EnglishAnalysis.stems("What does North Korea want from the weapons deliveries?"))
                .containsExactly("north", "korea", "want", "weapon", "deliveri");
        assertThat(EnglishAnalysis.stem("the")).isNull();
        assertThat(EnglishAnalysis.stem("Worried")).isEqualTo(EnglishAnalysis.stem("worries"));
    }

    @Test
    void possessivesAndOffsets() {
        assertThat(EnglishAnalysis.stems("Russia’s trade")).containsExactly("russia", "trade");
        var words = EnglishAnalysis.words("Kim met Putin.");
        assertThat(words).extracting(EnglishAnalysis.Token::text).containsExactly("kim", "met", "putin");
        assertThat(words.get(2).start()).isEqualTo(8);
        assertThat(words.get(2).end()).isEqualTo(13);
    }

    @Test
    void questionWordsAreStopWords() {
        assertThat(EnglishAnalysis.isStopWord("Which")).isTrue();
        assertThat(EnglishAnalysis.isStopWord("treaty")).isFalse();
    }

    @Test
    void shortTextsAreStemmedOnceAndTheSameAsLongOnes() {
        String phrase = "weapon systems";
        var first = EnglishAnalysis.stems(phrase);
        assertThat(first).containsExactly("weapon", "system");
        assertThat(EnglishAnalysis.stems(new String(phrase))).as("served from the cache").isSameAs(first);
        String padded = phrase + " ".repeat(EnglishAnalysis.CACHED_LENGTH);
        assertThat(EnglishAnalysis.stems(padded)).as("a long text is analysed, not cached").isEqualTo(first).isNotSameAs(first);
        assertThat(EnglishAnalysis.stems("")).isEmpty();
    }

    @Test
    void acronymsAreKeptWholeNotStemmed() {
        // "UNS" is a union's name, not the plural of the U.N.; "NHS" is not "nh".
        assertThat(EnglishAnalysis.stems("The UNS and the NHS said")).containsExactly("uns", "nhs", "said");
        assertThat(EnglishAnalysis.stems("the nations said")).containsExactly("nation", "said");
        assertThat(EnglishAnalysis.isAcronym("KVHT")).isTrue();
        assertThat(EnglishAnalysis.isAcronym("Kvht")).isFalse();
    }
}
