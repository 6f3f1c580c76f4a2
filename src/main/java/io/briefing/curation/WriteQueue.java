package io.briefing.curation;

import io.briefing.error.BusyException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Admits one write at a time, in arrival order, with a bounded number of writes waiting. H2 has a
 * single writer anyway; queueing here, in front of the transaction, keeps waiting writers from
 * holding database connections and transactions open (which is what timed out and broke the store
 * under eight concurrent ingestions). A write that finds the queue full, or waits longer than the
 * configured time, is refused with a "busy, retry" error before anything is written.
 */
public final class WriteQueue {

    private final Semaphore writer = new Semaphore(1, true);
    private final AtomicInteger admitted = new AtomicInteger();
    private final int capacity;
    private final Duration maxWait;

    /**
     * @param capacity writes admitted at once: the one running plus those waiting (at least 1)
     * @param maxWait  longest a write waits for its turn before it is refused as busy
     */
    public WriteQueue(int capacity, Duration maxWait) {
        if (capacity < 1) {
            throw new IllegalArgumentException("write queue capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.maxWait = maxWait;
    }

    /** Runs {@code work} when it is this write's turn; refuses with {@link BusyException} when full or after {@code maxWait}. */
    public <T> T run(String operation, Supplier<T> work) {
        return run(operation, () -> null, ignored -> work.get());
    }

    /**
     * Admits the write (or refuses it as busy), runs {@code prepare} at once, outside the writer's
     * turn (so admitted writes analyse their input in parallel, and at most {@code capacity} of them
     * do), then runs {@code work} with the prepared value when it is this write's turn.
     */
    public <P, T> T run(String operation, Supplier<P> prepare, java.util.function.Function<P, T> work) {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            throw new BusyException(operation + ": the server is busy with " + capacity
                    + " other writes; nothing was written, retry in a few seconds");
        }
        try {
            P prepared = prepare.get();
            boolean turn;
            try {
                turn = writer.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BusyException(operation + ": interrupted while waiting for other writes; nothing was written, retry");
            }
            if (!turn) {
                throw new BusyException(operation + ": waited " + maxWait.toSeconds()
                        + " s for other writes to finish; nothing was written, retry in a few seconds");
            }
            try {
                return work.apply(prepared);
            } finally {
                writer.release();
            }
        } finally {
            admitted.decrementAndGet();
        }
    }

    /** Writes running or waiting now. */
    public int admitted() {
        return admitted.get();
    }

    public int capacity() {
        return capacity;
    }
}
