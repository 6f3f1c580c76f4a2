package io.briefing.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenTheSustainedRate() {
        RateLimiter limiter = new RateLimiter(2, 3, 100);
        long t = 5 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a", t)).isZero();
        }
        long wait = limiter.acquire("a", t);
        assertThat(wait).isEqualTo(SECOND / 2);
        // Other clients have their own bucket.
        assertThat(limiter.acquire("b", t)).isZero();
        // Half a second later one token is back, and only one.
        assertThat(limiter.acquire("a", t + SECOND / 2)).isZero();
        assertThat(limiter.acquire("a", t + SECOND / 2)).isPositive();
    }

    @Test
    void idleClientsAreForgottenSoTheTableStaysBounded() {
        RateLimiter limiter = new RateLimiter(10, 5, 100);
        for (int i = 0; i < 100; i++) {
            limiter.acquire("client-" + i, 0);
        }
        // A second later every bucket has refilled: the sweep drops them all before adding the new one.
        limiter.acquire("newcomer", SECOND);
        assertThat(limiter.clients()).isEqualTo(1);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("busy-" + i, 2 * SECOND);
        }
        assertThat(limiter.clients()).isLessThanOrEqualTo(100);
    }

    @Test
    void loopbackAddresses() {
        assertThat(GraphQLHttpFilter.isLoopback("127.0.0.1")).isTrue();
        assertThat(GraphQLHttpFilter.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(GraphQLHttpFilter.isLoopback("10.0.0.1")).isFalse();
    }
}
