package io.briefing.snapshot;

import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.Evidence;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The API's promise, text[start, end) == quote, holds even if the database is damaged: an evidence
 * item whose stored offsets no longer match its article is left out of the snapshot, not served.
 */
@QuarkusTest
class SnapshotIntegrityTest {

    @Inject
    KnowledgeSnapshots snapshots;

    @Test
    void evidenceWhoseOffsetsDoNotMatchIsNeverServed() {
        org.jboss.logging.Logger.getLogger(SnapshotIntegrityTest.class).info(
                "EXPECTED ERROR: this test corrupts ev-trade-34-million's offsets on purpose; the next 'does not match article' ERROR is the check working");
        int total = data("{ evidence { totalCount } }").getInt("data.evidence.totalCount");
        int[] original = new int[2];
        QuarkusTransaction.requiringNew().run(() -> {
            Evidence e = Evidence.findByKey("ev-trade-34-million").orElseThrow();
            original[0] = e.startOffset;
            original[1] = e.endOffset;
            e.startOffset += 3;
            e.endOffset += 3;
        });
        try {
            snapshots.refresh();
            assertThat(data("{ evidenceItem(key: \"ev-trade-34-million\") { key } }").getString("data.evidenceItem")).isNull();
            assertThat(data("{ evidence { totalCount } }").getInt("data.evidence.totalCount")).isEqualTo(total - 1);
            assertThat(data("{ briefing(question: \"What was the trade figure for 2023?\", depth: DETAILED) { sources { key } } }")
                    .getList("data.briefing.sources.key")).doesNotContain("ev-trade-34-million");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Evidence e = Evidence.findByKey("ev-trade-34-million").orElseThrow();
                e.startOffset = original[0];
                e.endOffset = original[1];
            });
            snapshots.refresh();
        }
        assertThat(data("{ evidenceItem(key: \"ev-trade-34-million\") { key } }").getString("data.evidenceItem.key")).isEqualTo("ev-trade-34-million");
    }
}
