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
        assertThat(EvidenceExtractor.speaker("Putin has arrived in North Korea, according to Russian state media, after vowing to build ties."))
                .as("a name that only begins the attribution: the media speak, not 'Russian'").isEqualTo("Russian state media");
        assertThat(EvidenceExtractor.speaker("The talks failed, according to Putin, who left early.")).isEqualTo("Putin");
        assertThat(EvidenceExtractor.speaker("The talks failed according to Smith yesterday.")).isEqualTo("Smith");
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

    @Test
    void aCommonNounOpeningTheSentenceSpeaksInLowerCaseAndANameKeepsItsCapital() {
        io.briefing.article.ArticleText text = new io.briefing.article.ArticleAnalyzer().analyse("""
                Outbreak

                Investigators believe wild ducks carried the virus in. Police said the farm was sealed. Analysts say prices will rise.

                Councillor Maya Hope chairs the committee. Hope said the vote would go ahead. Russians said nothing. Mark Hollis said the farm was clean.
                """);
        assertThat(speakerOfSentenceWith(text, "wild ducks")).as("a capital only the sentence's").isEqualTo("investigators");
        assertThat(speakerOfSentenceWith(text, "sealed")).isEqualTo("police");
        assertThat(speakerOfSentenceWith(text, "prices")).isEqualTo("analysts");
        assertThat(speakerOfSentenceWith(text, "vote")).as("written capitalised mid-sentence: a name").isEqualTo("Hope");
        assertThat(speakerOfSentenceWith(text, "nothing")).as("WordNet writes 'Russian' capitalised").isEqualTo("Russians");
        assertThat(speakerOfSentenceWith(text, "clean")).as("a second capitalised word: a name").isEqualTo("Mark Hollis");
    }

    private static String speakerOfSentenceWith(io.briefing.article.ArticleText text, String words) {
        io.briefing.article.Sentence s = text.sentences().stream().filter(x -> text.cleanReading(x.span()).contains(words)).findFirst().orElseThrow();
        return EvidenceExtractor.speakerOf(text, s, text.cleanReading(s.span()));
    }
}
