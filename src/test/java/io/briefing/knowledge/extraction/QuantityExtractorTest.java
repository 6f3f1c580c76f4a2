package io.briefing.knowledge.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private ExtractedQuantity only(String sentence, String text) {
        List<ExtractedQuantity> found = extractor.extract(sentence);
        ExtractedQuantity q = found.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + found));
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
        return q;
    }

    @Test
    void figuresWithTheirBounds() {
        String s = "Seoul tracked at least 10,000 containers that could hold as many as 4.8 million artillery shells.";
        assertThat(only(s, "10,000 containers").value()).isEqualTo(10_000);
        assertThat(only(s, "10,000 containers").bound()).isEqualTo(QuantityBound.AT_LEAST);
        assertThat(only(s, "4.8 million artillery shells").value()).isEqualTo(4_800_000);
        assertThat(only(s, "4.8 million artillery shells").bound()).isEqualTo(QuantityBound.UP_TO);
    }

    @Test
    void moneyDurationsMultipliersAndYears() {
        String s = "Trade reached $34.4 million in 2023, nine times the previous year, after 24 years.";
        assertThat(only(s, "$34.4 million").value()).isEqualTo(34_400_000);
        assertThat(only(s, "$34.4 million").kind()).isEqualTo(QuantityKind.MONEY);
        assertThat(only(s, "2023").kind()).isEqualTo(QuantityKind.YEAR);
        assertThat(only(s, "nine times").kind()).isEqualTo(QuantityKind.MULTIPLIER);
        assertThat(only(s, "24 years").kind()).isEqualTo(QuantityKind.DURATION);
    }

    @Test
    void thousandsSeparatorsWithDecimals() {
        assertThat(only("It cost $1,234.5 million.", "$1,234.5 million").value()).isEqualTo(1_234_500_000d);
        assertThat(only("Exports were 2,500.5 million barrels.", "2,500.5 million barrels").value()).isEqualTo(2_500_500_000d);
    }

    @Test
    void aFigureInACurrencyWordIsMoney() {
        String s = "It expects a deficit of 34 million pounds and offered 15,000 kroner per pilot for 120,000 tonnes.";
        assertThat(only(s, "34 million pounds").kind()).isEqualTo(QuantityKind.MONEY);
        assertThat(only(s, "34 million pounds").value()).isEqualTo(34_000_000);
        assertThat(only(s, "15,000 kroner").kind()).isEqualTo(QuantityKind.MONEY);
        assertThat(only(s, "120,000 tonnes").kind()).isEqualTo(QuantityKind.COUNT);
        // WordNet's crown is first a headdress and a coin only far down: after "million" it is money.
        assertThat(only("It could be fined about 44 million crowns.", "44 million crowns").kind()).isEqualTo(QuantityKind.MONEY);
        assertThat(only("The statue wears 12 crowns.", "12 crowns").kind()).as("no scale word: a count").isEqualTo(QuantityKind.COUNT);
    }

    @Test
    void aCurrencyNamedForItsCountryIsMoney() {
        String s = "Rebuilding the trail will cost about 4.2 million Canadian dollars, and 20 Canadian soldiers will help.";
        ExtractedQuantity cost = only(s, "4.2 million Canadian dollars");
        assertThat(cost.kind()).isEqualTo(QuantityKind.MONEY);
        assertThat(cost.value()).isEqualTo(4_200_000);
        assertThat(cost.unit()).isEqualTo("Canadian dollars");
        assertThat(only("They paid 300 U.S. dollars each.", "300 U.S. dollars").kind()).isEqualTo(QuantityKind.MONEY);
        assertThat(only(s, "20 Canadian soldiers").kind()).as("a people's soldiers are no currency").isEqualTo(QuantityKind.COUNT);
    }

    @Test
    void theTwoLeadersIsNotACount() {
        assertThat(extractor.extract("The two leaders met.")).isEmpty();
        assertThat(only("Pyongyang conducted six nuclear tests.", "six nuclear tests").value()).isEqualTo(6);
    }
}
