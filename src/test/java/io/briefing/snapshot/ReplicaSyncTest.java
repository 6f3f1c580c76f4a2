package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.db.ChangeLogMark;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 14: a replica rebuilds when, and only when, the change log moved past its snapshot's mark. */
class ReplicaSyncTest {

    /** The database's change log as another replica would advance it; can be made unreachable. */
    static final class FakeChangeLog extends ChangeLogMark {
        final AtomicLong latest = new AtomicLong();
        final AtomicReference<SQLException> down = new AtomicReference<>();

        FakeChangeLog() {
            super(null);
        }

        @Override
        public long latest() throws SQLException {
            if (down.get() != null) {
                throw down.get();
            }
            return latest.get();
        }
    }

    @Test
    void rebuildsOnlyForChangesCommittedElsewhereAndSurvivesAnOutage() throws Exception {
        KnowledgeSnapshotsTest.SlowLoader loader = new KnowledgeSnapshotsTest.SlowLoader();
        FakeChangeLog log = new FakeChangeLog();
        log.latest.set(7);
        KnowledgeSnapshots snapshots = new KnowledgeSnapshots(loader, new SnapshotListeners(), log::latest);
        ReplicaSync sync = new ReplicaSync(snapshots, log, Duration.ofMillis(250));

        assertThat(snapshots.builtFromMark()).isEqualTo(-1);
        assertThat(sync.poll()).as("first poll: nothing built yet").isTrue();
        assertThat(snapshots.builtFromMark()).isEqualTo(7);
        long generation = snapshots.current().generation();

        // Nothing new: no rebuild, however often it polls.
        assertThat(sync.poll()).isFalse();
        assertThat(sync.poll()).isFalse();
        assertThat(loader.loads.get()).isEqualTo(1);

        // This replica's own write refreshed already: the poll that sees its change id does nothing.
        log.latest.set(8);
        snapshots.refresh();
        assertThat(sync.poll()).isFalse();
        assertThat(loader.loads.get()).isEqualTo(2);

        // A local write between its commit (change 9) and its own refresh: the poll leaves it the rebuild.
        snapshots.beginLocalWrite();
        log.latest.set(9);
        assertThat(sync.poll()).isFalse();
        assertThat(loader.loads.get()).isEqualTo(2);
        snapshots.endLocalWrite();

        // Another replica committed change 9: one rebuild, a newer generation.
        log.latest.set(9);
        assertThat(sync.poll()).isTrue();
        assertThat(snapshots.current().generation()).isGreaterThan(generation);
        assertThat(snapshots.builtFromMark()).isEqualTo(9);
        assertThat(sync.lastSeen()).isEqualTo(9);

        // The database goes away: polls fail quietly and the last snapshot stays.
        KnowledgeSnapshot before = snapshots.current();
        log.down.set(new SQLException("Connection refused", "08001"));
        assertThat(sync.poll()).isFalse();
        assertThat(sync.poll()).isFalse();
        assertThat(snapshots.current()).isSameAs(before);

        // It comes back with a change made meanwhile through another replica: caught up on the next poll.
        log.down.set(null);
        log.latest.set(12);
        assertThat(sync.poll()).isTrue();
        assertThat(snapshots.builtFromMark()).isEqualTo(12);
    }

    @Test
    void leavesTheFirstBuildAloneWhileItRuns() throws Exception {
        KnowledgeSnapshotsTest.SlowLoader loader = new KnowledgeSnapshotsTest.SlowLoader();
        FakeChangeLog log = new FakeChangeLog();
        log.latest.set(3);
        KnowledgeSnapshots snapshots = new KnowledgeSnapshots(loader, new SnapshotListeners(), log::latest);
        ReplicaSync sync = new ReplicaSync(snapshots, log, Duration.ofMillis(250));

        Thread warmUp = new Thread(snapshots::refresh);
        warmUp.start();
        while (!snapshots.building()) {
            Thread.onSpinWait();
        }
        assertThat(sync.poll()).as("the first build (the start-up warm-up) is running and will contain change 3").isFalse();
        warmUp.join();
        assertThat(loader.loads.get()).isEqualTo(1);
        assertThat(snapshots.builtFromMark()).isEqualTo(3);
        assertThat(sync.poll()).isFalse();
        log.latest.set(4);
        assertThat(sync.poll()).isTrue();
        assertThat(loader.loads.get()).isEqualTo(2);
    }

    @Test
    void leavesTheStartUpWarmUpAloneWhileItPrepares() throws Exception {
        // The warm-up may wait for the start-up rehearsal (which reads the persisted snapshot) before
        // any rebuild starts: the poll must not build meanwhile.
        KnowledgeSnapshotsTest.SlowLoader loader = new KnowledgeSnapshotsTest.SlowLoader();
        FakeChangeLog log = new FakeChangeLog();
        log.latest.set(5);
        KnowledgeSnapshots snapshots = new KnowledgeSnapshots(loader, new SnapshotListeners(), log::latest);
        ReplicaSync sync = new ReplicaSync(snapshots, log, Duration.ofMillis(250));
        snapshots.startupPending(true);
        assertThat(sync.poll()).isFalse();
        assertThat(loader.loads.get()).isZero();
        snapshots.startupPending(false);
        assertThat(sync.poll()).isTrue();
        assertThat(loader.loads.get()).isEqualTo(1);
    }
}
