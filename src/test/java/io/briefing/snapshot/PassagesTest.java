package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A surname speaker is attributed by the name the article first gave them, and only by that. */
class PassagesTest {

    @Test
    void theFirstFullMentionNamesASurnameSpeaker() {
        String text = "Chief executive Dr Alan Whitcombe said the trust accepted the findings.\n"
                + "But Whitcombe pledged that beds would not be cut.\n";
        assertThat(Passages.fullName(text, "Whitcombe")).isEqualTo("Dr Alan Whitcombe");
        assertThat(Passages.fullName("\"We are tired,\" said Erik Saltnes, who leads the branch.", "Saltnes")).isEqualTo("Erik Saltnes");
        assertThat(Passages.fullName("Fisheries Minister Ragna Solberg spoke. Solberg said no.", "Solberg"))
                .isEqualTo("Fisheries Minister Ragna Solberg");
    }

    @Test
    void aSentenceOpenerOrAPossessiveIsNotPartOfTheName() {
        assertThat(Passages.fullName("But Quispe said no. Later Quispe said yes.", "Quispe")).isNull();
        assertThat(Passages.fullName("Kestrel Cloud's Okafor said so.", "Okafor")).isNull();
    }

    @Test
    void noNameRunsOverTheEndOfASentence() {
        assertThat(Passages.fullName("Its forces fought Kiev. Russian troops stayed, according to Russian media.", "Russian"))
                .as("'Kiev.' ends a sentence").isNull();
        assertThat(Passages.fullName("Dr. Alan Whitcombe spoke. Whitcombe said no.", "Whitcombe")).isEqualTo("Dr. Alan Whitcombe");
    }

    @Test
    void aQuotationOverSeveralSentencesIsItsClosingSpeakers() {
        ArticleView article = new InMemorySnapshot().article("pay", "Pay", "The airline's chief executive is Marit Hovland.\n\n"
                + "\"We respect our pilots and we want an agreement. That is money this airline does not have,\" Hovland said.\n\n"
                + "\"No deal yet.\" Erik Saltnes said the union would meet on Monday.\n", java.time.LocalDate.of(2026, 5, 2)).build().articles().get(0);
        java.util.List<EvidenceView> passages = article.passages();
        assertThat(passages.get(1).getQuote()).startsWith("\"We respect");
        assertThat(passages.get(1).getSpeaker()).as("the quotation's speaker, named at its end").isEqualTo("Marit Hovland");
        assertThat(passages.get(4).getSpeaker()).isEqualTo("Erik Saltnes");
        assertThat(passages.get(3).getSpeaker()).as("a quotation closed in its own sentence is not the next sentence's").isNull();
    }
}
