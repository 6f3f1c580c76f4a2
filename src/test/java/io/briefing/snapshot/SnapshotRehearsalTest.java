package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.briefing.BriefingRehearsal;
import org.junit.jupiter.api.Test;

/** The start-up rehearsal runs the real code paths: every snapshot query parses, a briefing composes. */
class SnapshotRehearsalTest {

    @Test
    void everySnapshotQueryParsesWithHibernatesGrammar() {
        assertThat(SnapshotRehearsal.parseQueries()).as("a query that no longer parses in SLL mode warms nothing")
                .isEqualTo(SnapshotLoader.QUERIES.size());
    }

    @Test
    void aSnapshotOfOneTextHasItsPassagesAndBriefs() {
        KnowledgeSnapshot s = SnapshotRehearsal.of("North Korea wants oil. Russia sent 300 shells in 2024, Reuters said.", "North Korea");
        assertThat(s.articles()).hasSize(1);
        assertThat(s.passages()).hasSize(2);
        assertThat(s.passages().get(0).getActors()).extracting(ActorView::getName).containsExactly("North Korea");
        BriefingRehearsal.run(s, "What does North Korea want?");
    }
}
