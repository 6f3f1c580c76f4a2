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
}
