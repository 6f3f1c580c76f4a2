package io.briefing.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void throttlesAClientAfterTooManyFailuresUntilTheWindowPasses() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60), 100);
        for (int i = 1; i <= 3; i++) {
            assertThat(throttle.retryAfterSeconds("10.0.0.1", i * SECOND)).isZero();
            assertThat(throttle.failed("10.0.0.1", i * SECOND)).isEqualTo(i);
        }
        assertThat(throttle.retryAfterSeconds("10.0.0.1", 4 * SECOND)).isEqualTo(59);
        assertThat(throttle.retryAfterSeconds("10.0.0.2", 4 * SECOND)).as("another client").isZero();
        assertThat(throttle.retryAfterSeconds("10.0.0.1", 63 * SECOND)).isZero();
        assertThat(throttle.failed("10.0.0.1", 63 * SECOND)).as("a new window starts").isEqualTo(1);
    }

    @Test
    void aSuccessClearsTheRecord() {
        LoginThrottle throttle = new LoginThrottle(2, Duration.ofSeconds(60), 100);
        throttle.failed("c", 0);
        throttle.succeeded("c");
        throttle.failed("c", SECOND);
        assertThat(throttle.retryAfterSeconds("c", 2 * SECOND)).isZero();
    }

    @Test
    void userNamesAreLoggedAsShortHashes() {
        assertThat(EditorIdentityProvider.userHash("alice")).hasSize(12).doesNotContain("alice")
                .isEqualTo(EditorIdentityProvider.userHash("alice")).isNotEqualTo(EditorIdentityProvider.userHash("alicf"));
    }
}
