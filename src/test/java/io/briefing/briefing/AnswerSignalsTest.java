package io.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.ActorKind;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.InMemorySnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What counts as a place in a sentence for "where" questions. */
class AnswerSignalsTest {

    private static final ActorView NORWAY = new InMemorySnapshot()
            .article("any", "Any", "Norway.\n", LocalDate.of(2026, 5, 2))
            .actor("norway", "Norway", ActorKind.COUNTRY, "Norwegian")
            .build().actor("norway").orElseThrow();

    @Test
    void aPlaceNamedOnlyThroughAnAdjectiveDoesNotSayWhere() {
        assertThat(AnswerSignals.namedAsPlace(NORWAY, "Under Norwegian law, mediation must end by Friday.")).isFalse();
        assertThat(AnswerSignals.namedAsPlace(NORWAY, "The talks resume in Norway on Monday.")).isTrue();
        assertThat(AnswerSignals.namedAsPlace(NORWAY, "The capital said nothing.")).as("recognised some other way: counts").isTrue();
    }
}
