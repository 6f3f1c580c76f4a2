package io.briefing.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.error.BusyException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One writer at a time, a bounded number waiting, "busy" beyond that or after the wait limit. */
class WriteQueueTest {

    @Test
    void runsOneWriteAtATime() throws Exception {
        WriteQueue queue = new WriteQueue(8, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        CompletableFuture<?>[] writes = new CompletableFuture<?>[8];
        for (int i = 0; i < writes.length; i++) {
            writes[i] = CompletableFuture.runAsync(() -> queue.run("w", () -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(20);
                running.decrementAndGet();
                return null;
            }), java.util.concurrent.Executors.newSingleThreadExecutor());
        }
        CompletableFuture.allOf(writes).get(10, TimeUnit.SECONDS);
        assertThat(maxRunning.get()).isEqualTo(1);
        assertThat(queue.admitted()).isZero();
    }

    @Test
    void refusesWhenFullWithABusyError() throws Exception {
        WriteQueue queue = new WriteQueue(2, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> queue.run("first", () -> {
            running.countDown();
            await(release);
            return "first";
        }));
        running.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> queue.run("second", () -> "second"));
        while (queue.admitted() < 2) {
            Thread.sleep(5);
        }
        assertThatThrownBy(() -> queue.run("ingestArticle", () -> "third")).isInstanceOf(BusyException.class)
                .hasMessageContaining("ingestArticle").hasMessageContaining("busy").hasMessageContaining("retry");
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(queue.run("later", () -> "ok")).isEqualTo("ok"); // room again
    }

    @Test
    void refusesAfterWaitingTooLong() throws Exception {
        WriteQueue queue = new WriteQueue(4, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> queue.run("first", () -> {
            running.countDown();
            await(release);
            return "first";
        }));
        running.await(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> queue.run("createTopic", () -> "late")).isInstanceOf(BusyException.class)
                .hasMessageContaining("nothing was written");
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(queue.admitted()).isZero();
    }

    @Test
    void aRefusedWriteIsNotPrepared() throws Exception {
        WriteQueue queue = new WriteQueue(1, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> queue.run("first", () -> {
            running.countDown();
            await(release);
            return "first";
        }));
        running.await(5, TimeUnit.SECONDS);
        AtomicInteger prepared = new AtomicInteger();
        assertThatThrownBy(() -> queue.<Integer, Integer>run("ingestArticle", prepared::incrementAndGet, p -> p)).isInstanceOf(BusyException.class);
        assertThat(prepared.get()).isZero();
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        int result = queue.run("ingestArticle", prepared::incrementAndGet, p -> p);
        assertThat(result).isEqualTo(1);
    }

    @Test
    void aFailingWriteFreesItsTurn() {
        WriteQueue queue = new WriteQueue(1, Duration.ofSeconds(1));
        assertThatThrownBy(() -> queue.run("w", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(queue.run("w", () -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
