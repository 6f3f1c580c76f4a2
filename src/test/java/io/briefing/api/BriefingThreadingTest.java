package io.briefing.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.2: briefings are CPU work of a millisecond or more each; on the two event-loop threads a
 * request asking for many of them stalled every other client for seconds. The resolver returns a Uni
 * subscribed on the worker pool: not on the event loop, and not through SmallRye's @Blocking path,
 * which runs blocking resolvers one at a time per event loop (a briefing then waited behind every
 * mutation on its event loop; ConcurrentIngestionTest measures the probe latency that this fixed).
 */
class BriefingThreadingTest {

    @Test
    void briefingsRunOnTheWorkerPoolWithoutTheOrderedBlockingPath() throws Exception {
        Method briefing = java.util.Arrays.stream(BriefingQueries.class.getMethods()).filter(m -> m.getName().equals("briefing"))
                .findFirst().orElseThrow();
        assertThat(briefing.getReturnType()).isEqualTo(io.smallrye.mutiny.Uni.class);
        assertThat(BriefingQueries.class.isAnnotationPresent(Blocking.class) || briefing.isAnnotationPresent(Blocking.class)).isFalse();
        assertThat(BriefingQueries.class.isAnnotationPresent(NonBlocking.class) || briefing.isAnnotationPresent(NonBlocking.class)).isFalse();
    }
}
