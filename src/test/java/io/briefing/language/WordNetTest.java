package io.briefing.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WordNet 3.1 answers the relations briefings rely on; none of these words is in a table of ours. */
class WordNetTest {

    private final WordNet wordNet = WordNet.shared();

    @Test
    void theSingularOfAPluralThoughWordNetFilesThePluralAsAWordOfItsOwn() {
        assertThat(wordNet.singular("days")).isEqualTo("day");
        assertThat(wordNet.singular("countries")).isEqualTo("country");
        assertThat(wordNet.singular("boxes")).isEqualTo("box");
        assertThat(wordNet.singular("glass")).isNull();
    }

    @Test
    void synonymsDerivationsAndKinds() {
        assertThat(wordNet.related("weapons").synonyms()).contains("weapon system");
        assertThat(wordNet.related("munitions").synonyms()).contains("weaponry", "arms");
        assertThat(wordNet.related("gift").derived()).contains("give");
        assertThat(wordNet.related("car").narrower()).contains("limousine");
        assertThat(wordNet.related("admit").opposites()).contains("deny");
    }

    @Test
    void namesPlacesAndCommonWords() {
        assertThat(wordNet.isName("India")).isTrue();
        assertThat(wordNet.isPlace("India")).isTrue();
        assertThat(wordNet.isName("worth")).as("a surname sense does not make 'worth' a name").isFalse();
        assertThat(wordNet.related("DPRK").synonyms()).contains("north korea");
        assertThat(wordNet.related("xyzzyq").known()).isFalse();
    }

    @Test
    void measureAdjectivesAndMostlyNames() {
        assertThat(wordNet.isMeasureAdjective("big")).as("size").isTrue();
        assertThat(wordNet.isMeasureAdjective("deep")).as("depth").isTrue();
        assertThat(wordNet.isMeasureAdjective("bad")).as("quality").isFalse();
        assertThat(wordNet.isName("centre")).as("one sense of seven is a French region").isFalse();
        assertThat(wordNet.isName("China")).isTrue();
    }

    @Test
    void exactEntriesForCompounds() {
        assertThat(wordNet.hasEntry("co-op")).isTrue();
        assertThat(wordNet.hasEntry("touch down")).isTrue();
        assertThat(wordNet.hasEntry("russia-north")).isFalse();
    }

    @Test
    void relativesComeWithTheSenseThatRelatesThemAndLightVerbsAreKnown() {
        WordNet.Related found = wordNet.related("found");
        assertThat(found.senseOf("establish")).isEqualTo(1);
        assertThat(found.senseOf("base")).as("'use as a basis for' is the third sense").isEqualTo(3);
        assertThat(wordNet.related("go").lightVerb()).isTrue();
        assertThat(wordNet.related("get").lightVerb()).isTrue();
        assertThat(wordNet.related("threaten").lightVerb()).isFalse();
        assertThat(wordNet.related("salary").lightVerb()).isFalse();
        assertThat(List.copyOf(found.synonyms())).as("in WordNet's order, most frequent sense first, the same in every run")
                .startsWith("establish", "set up");
    }

    @Test
    void aDerivedWordBringsItsOwnSynonymsThroughTheFirstSenseOnly() {
        WordNet.Related strike = wordNet.related("strike");
        assertThat(strike.derived()).as("a strike is to strike, which is to walk out").contains("strike", "walk out");
        assertThat(strike.senseOf("walk out")).isEqualTo(1);
        assertThat(wordNet.related("commissioners").derived()).contains("commission");
    }

    @Test
    void anAdjectiveIsADegreeOfAQuality() {
        assertThat(wordNet.attributesOf("good")).as("how good: its goodness, a quality").contains("quality");
        assertThat(wordNet.attributesOf("xyzzyq")).isEmpty();
    }

    @Test
    void thePeopleWhoDoWhatAVerbSays() {
        assertThat(wordNet.agentNouns("live")).as("to reside is to live: residents live there").contains("resident", "inhabitant");
        assertThat(wordNet.agentNouns("xyzzyq")).isEmpty();
    }
}
