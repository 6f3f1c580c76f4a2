package io.briefing.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which names a text must write capitalised to name an actor. */
class NamesTest {

    @Test
    void aNameOfOrdinaryWordsNamesAnActorOnlyCapitalised() {
        assertThat(Names.capitalisedOrdinaryWords("the North")).isEqualTo("North");
        assertThat(Names.capitalisedOrdinaryWords("the Kremlin")).as("a word of its own").isNull();
        assertThat(Names.capitalisedOrdinaryWords("Pyongyang")).isNull();
        assertThat(Names.capitalisedOrdinaryWords("the union")).as("written in lower case by the curator: any case").isNull();
        assertThat(Names.containsWord("residents fled to the north of the town", Names.capitalisedOrdinaryWords("the North"))).isFalse();
        assertThat(Names.containsWord("The North fired a missile", Names.capitalisedOrdinaryWords("the North"))).isTrue();
    }
}
