package io.briefing.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void abbreviationsAndDemonymsOfCountries() {
        assertThat(NameVariants.shared().variantsOf("North Korea", "COUNTRY")).contains("NK", "DPRK", "North Korean");
        assertThat(NameVariants.shared().variantsOf("South Korea", "COUNTRY")).contains("ROK");
        assertThat(NameVariants.shared().variantsOf("United Nations", "ORGANIZATION")).contains("U.N.", "UN");
    }

    @Test
    void peopleGetNoWordNetVariants() {
        assertThat(NameVariants.shared().variantsOf("Kim Jong Un", "PERSON")).isEmpty();
    }

    @Test
    void aPhraseWordNetLacksHasNoVariantsFromOneOfItsWords() {
        // The dictionary's morphology once answered "Russian state media" as "state" (synonym: "say"),
        // so every question with "say" named the source.
        assertThat(NameVariants.shared().variantsOf("Russian state media", "SOURCE")).doesNotContain("say", "state", "tell");
    }
}
