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
}
