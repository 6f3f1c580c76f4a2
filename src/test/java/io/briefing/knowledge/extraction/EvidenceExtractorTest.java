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
    }
}
