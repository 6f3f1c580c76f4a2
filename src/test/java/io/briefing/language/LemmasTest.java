package io.briefing.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LemmasTest {

    @Test
    void irregularFormsGetTheirBaseWord() {
        assertThat(Lemmas.shared().baseOf("met")).isEqualTo("meet");
        assertThat(Lemmas.shared().baseOf("given")).isEqualTo("give");
        assertThat(Lemmas.shared().baseOf("walked")).isNull();
        assertThat(Lemmas.shared().withBaseForms("The two men met.")).contains("meet").startsWith("The two men met.");
    }
}
