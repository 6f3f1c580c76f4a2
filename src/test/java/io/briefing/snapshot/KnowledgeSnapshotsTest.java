package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Refreshes are coalesced, and each caller gets a snapshot built after its request. */
class KnowledgeSnapshotsTest {

    /** A loader whose rebuild takes a while and records how many "writes" it saw. */
    static class SlowLoader extends SnapshotLoader {
        final AtomicInteger committedWrites = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();
        final List<Integer> seenByLoad = java.util.Collections.synchronizedList(new ArrayList<>());

        SlowLoader() {
            super(null, null);
        }

        @Override
        public KnowledgeSnapshot load(long generation) {
            loads.incrementAndGet();
            seenByLoad.add(committedWrites.get());
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new KnowledgeSnapshot(generation, java.time.Instant.now(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    @Test
    void concurrentRefreshesShareRebuildsAndSeeTheirWrite() throws Exception {
        SlowLoader loader = new SlowLoader();
        KnowledgeSnapshots snapshots = new KnowledgeSnapshots(loader, new SnapshotListeners());
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                int myWrite = loader.committedWrites.incrementAndGet(); // "commit", then ask for a snapshot
                KnowledgeSnapshot s = snapshots.refresh();
                return new long[] {myWrite, s.generation()};
            }));
        }
        start.countDown();
        long maxGeneration = 0;
        for (Future<long[]> r : results) {
            long[] v = r.get(30, TimeUnit.SECONDS);
            maxGeneration = Math.max(maxGeneration, v[1]);
            // The snapshot returned was built by a load that started after this write committed.
            int generation = (int) v[1];
            assertThat(loader.seenByLoad.get(generation - 1)).isGreaterThanOrEqualTo((int) v[0]);
        }
        pool.shutdown();
        // Serial rebuilds would be 12; coalesced, the first rebuild runs and the rest share one or two.
        assertThat(loader.loads.get()).isBetween(1, 3);
        assertThat(snapshots.rebuilds()).isEqualTo(loader.loads.get());
        assertThat(snapshots.current().generation()).isEqualTo(maxGeneration);
    }

    @Test
    void aRefreshAfterARebuildAlwaysRebuildsAgain() {
        SlowLoader loader = new SlowLoader();
        KnowledgeSnapshots snapshots = new KnowledgeSnapshots(loader, new SnapshotListeners());
        assertThat(snapshots.refresh().generation()).isEqualTo(1);
        assertThat(snapshots.refresh().generation()).isEqualTo(2);
        assertThat(loader.loads.get()).isEqualTo(2);
    }

    @Test
    void aFailedRebuildLetsTheNextRefreshTryAgain() {
        AtomicInteger calls = new AtomicInteger();
        SlowLoader failingOnce = new SlowLoader() {
            @Override
            public KnowledgeSnapshot load(long generation) {
                if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("database unavailable");
                }
                return super.load(generation);
            }
        };
        KnowledgeSnapshots snapshots = new KnowledgeSnapshots(failingOnce, new SnapshotListeners());
        org.assertj.core.api.Assertions.assertThatThrownBy(snapshots::refresh).hasMessageContaining("unavailable");
        assertThat(snapshots.refresh().generation()).isEqualTo(1);
    }
}
