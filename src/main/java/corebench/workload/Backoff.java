package corebench.workload;

import java.util.concurrent.locks.LockSupport;

/**
 * How a party waits for a value another JVM writes into shared memory, where there is no lock to block
 * on: spin briefly (a hand-off between two busy CPUs takes well under a microsecond), then yield, then
 * park for growing intervals up to {@value #MAX_PARK_MICROS} µs. On one CPU spinning only delays the
 * party being waited for, so there it parks at once. A parked wait wakes up late by the OS timer slack
 * (~50 µs on Linux), which is what a cross-process wait without futexes costs.
 */
public final class Backoff {
    private static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 2_000 : 0;
    private static final int YIELDS = 10;
    private static final long MAX_PARK_MICROS = 200;

    private int round;

    /** Starts a new wait: spinning first again. */
    public void reset() {
        round = 0;
    }

    /** Waits a little; call in a loop that re-reads the awaited value. Returns whether it parked. */
    public boolean idle() {
        int r = round++;
        if (r < SPINS) {
            Thread.onSpinWait();
            return false;
        }
        if (r < SPINS + YIELDS) {
            Thread.yield();
            return false;
        }
        int parks = Math.min(r - SPINS - YIELDS, 8);
        LockSupport.parkNanos(Math.min(MAX_PARK_MICROS, 1L << parks) * 1_000);
        return true;
    }
}
