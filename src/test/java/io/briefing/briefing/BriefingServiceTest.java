package io.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.snapshot.InMemorySnapshot;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.briefing.snapshot.SnapshotListeners;
import io.briefing.snapshot.SnapshotLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Which snapshot a briefing is answered from. Until a newly published snapshot's search index is
 * built, briefings read the one before; the answer is remembered as that older snapshot's and the
 * generation caches key on trails the snapshot, so nothing answered from the old index is kept as
 * the new one's.
 */
class BriefingServiceTest {

    /** The ferry story, and after the change the bridge story too. */
    static final class Articles extends SnapshotLoader {
        final AtomicBoolean bridge = new AtomicBoolean();

        Articles() {
            super(null, null);
        }

        @Override
        public KnowledgeSnapshot load(long generation) {
            InMemorySnapshot s = new InMemorySnapshot()
                    .article("ferries", "Ferry strike", "Ferry crews walked out on Monday over pay.\n", LocalDate.of(2026, 5, 1));
            if (bridge.get()) {
                s.article("bridge", "Bridge closes", "The Harlow bridge closed on Tuesday for repairs to its deck.\n", LocalDate.of(2026, 5, 2));
            }
            return s.build(generation);
        }
    }

    @Test
    void aBriefingBelongsToTheSnapshotItsIndexWasBuiltFrom() {
        Articles loader = new Articles();
        KnowledgeSnapshots snapshots = new KnowledgeSnapshots(loader, new SnapshotListeners());
        snapshots.refresh();
        // Its own listeners: nothing builds an index behind the test's back.
        BriefingService service = new BriefingService(snapshots, new SimpleMeterRegistry(), new SnapshotListeners());
        BriefingRequest question = new BriefingRequest("Why did the Harlow bridge close?", null, null, null, null, null, null, false);

        assertThat(service.brief(question).getCoverage()).isEqualTo(Coverage.NONE);
        long first = snapshots.current().generation();
        assertThat(snapshots.answeringVersion()).isEqualTo(Long.toString(first));

        loader.bridge.set(true);
        snapshots.refresh();
        assertThat(snapshots.answeringVersion()).as("the new snapshot has no index yet: briefings still read the old one")
                .isEqualTo(snapshots.current().generation() + "~" + first);
        assertThat(service.brief(question).getHeadline()).as("not the old snapshot's remembered NONE").contains("repairs to its deck");
        assertThat(snapshots.answeringVersion()).isEqualTo(Long.toString(snapshots.current().generation()));
    }
}
