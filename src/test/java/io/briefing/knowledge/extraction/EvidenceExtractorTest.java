package io.briefing.knowledge.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who asserts a sentence, read from its attribution. */
class EvidenceExtractorTest {

    @Test
    void theSpeakerIsWhoSaysItNotWhomTheyTalkAbout() {
        assertThat(EvidenceExtractor.speaker("\"They are tired,\" said Erik Saltnes, who leads the union's branch.")).isEqualTo("Erik Saltnes");
        assertThat(EvidenceExtractor.speaker("Solberg dismissed the offer as a cut and said Kessland would not accept any deal."))
                .as("Kessland is what she spoke of").isNotEqualTo("Kessland").isNotEqualTo("Kesslan");
        assertThat(EvidenceExtractor.speaker("The Larkspur Chamber of Commerce said the city risked sending a message."))
                .as("a name with 'of' inside it").isEqualTo("the Larkspur Chamber of Commerce");
        assertThat(EvidenceExtractor.speaker("Mediation failed, according to the Ministry of Transport.")).isEqualTo("Ministry of Transport");
        assertThat(EvidenceExtractor.speaker("\"People must leave now,\" said RFA Commissioner Paul Denholm.")).isEqualTo("RFA Commissioner Paul Denholm");
        assertThat(EvidenceExtractor.speaker("The talks failed, according to the U.S.")).as("an abbreviation keeps its points").isEqualTo("U.S.");
        assertThat(EvidenceExtractor.speaker("The head teacher, Helen Garside, said families live far away.")).isEqualTo("Helen Garside");
        assertThat(EvidenceExtractor.speaker("She said Morvania \"will not be bullied\" and vowed to go to arbitration."))
                .as("Morvania is spoken of").isNotEqualTo("Morvania");
    }

    @Test
    void aPronounSpeakerIsTheSpeakerNamedJustBeforeOrNoOne() {
        io.briefing.article.ArticleText text = new io.briefing.article.ArticleAnalyzer().analyse("""
                Cuts

                The head teacher, Helen Garside, said families live far away. She said the school feared attendance would fall. She said staff would drive pupils.

                Talks resume on Monday. She said nothing more.
                """);
        java.util.List<io.briefing.article.Sentence> s = text.sentences();
        io.briefing.article.Sentence feared = s.stream().filter(x -> text.cleanReading(x.span()).contains("feared")).findFirst().orElseThrow();
        assertThat(EvidenceExtractor.speakerOf(text, feared, text.cleanReading(feared.span()))).isEqualTo("Helen Garside");
        io.briefing.article.Sentence added = s.stream().filter(x -> text.cleanReading(x.span()).contains("drive")).findFirst().orElseThrow();
        assertThat(EvidenceExtractor.speakerOf(text, added, text.cleanReading(added.span()))).as("a second 'She' too").isEqualTo("Helen Garside");
        io.briefing.article.Sentence nothing = s.get(s.size() - 1);
        assertThat(EvidenceExtractor.speakerOf(text, nothing, text.cleanReading(nothing.span()))).as("the sentence before names no one").isNull();
    }
    @Test
    void sheIsThePersonTheSentenceBeforeNamesThoughSheSaidNothingThere() {
        io.briefing.article.ArticleText text = new io.briefing.article.ArticleAnalyzer().analyse("""
                Bank breach

                Its director of campaigns, Dalia Ferncombe, has spent the week taking calls. She described the silence as "indefensible" and said customers were angry.
                """);
        io.briefing.article.Sentence described = text.sentences().stream().filter(x -> text.cleanReading(x.span()).contains("described")).findFirst().orElseThrow();
        assertThat(EvidenceExtractor.speakerOf(text, described, text.cleanReading(described.span()))).isEqualTo("Dalia Ferncombe");
    }
}
