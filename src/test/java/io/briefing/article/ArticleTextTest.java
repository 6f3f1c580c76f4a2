package io.briefing.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an analysed article knows of its own writing, on a small text written for it. */
class ArticleTextTest {

    @Test
    void aCapitalWhereNoSentenceQuotationOrDatelineStartsMarksAName() {
        ArticleText text = new ArticleAnalyzer().analyse("""
                Outbreak

                DRESLAU, Lorvania - Veterinary teams began a cull on Tuesday. Investigators believe ducks carried the virus.

                Councillor Maya Hope said: "Police were slow." Hope added that the farm was closed, and Dr. Ada Lund agreed.

                The order was clear: Troops would stay.
                """);
        assertThat(text.capitalisedMidSentence()).contains("Lorvania", "Maya", "Hope", "Tuesday", "Ada", "Lund")
                .as("a sentence's first word, after a dateline's dash, a colon or a quotation mark")
                .doesNotContain("Investigators", "Veterinary", "Police", "Councillor", "DRESLAU", "Troops");
    }
}
