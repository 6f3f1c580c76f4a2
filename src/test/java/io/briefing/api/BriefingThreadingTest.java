package io.briefing.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.2: briefings are CPU work of a millisecond or more each; on the two event-loop threads a
 * request asking for many of them stalled every other client for seconds. SmallRye runs a resolver on
 * a worker thread unless it is marked @NonBlocking. The stall itself depends on the machine's load
 * too much to be a reliable test here, so this checks the declaration that decides the thread.
 */
class BriefingThreadingTest {

    @Test
    void briefingsRunOnWorkerThreads() throws Exception {
        Method briefing = java.util.Arrays.stream(BriefingQueries.class.getMethods()).filter(m -> m.getName().equals("briefing"))
                .findFirst().orElseThrow();
        assertThat(BriefingQueries.class.isAnnotationPresent(NonBlocking.class)).isFalse();
        assertThat(briefing.isAnnotationPresent(NonBlocking.class)).isFalse();
        assertThat(BriefingQueries.class.isAnnotationPresent(Blocking.class) || briefing.isAnnotationPresent(Blocking.class)).isTrue();
    }
}
