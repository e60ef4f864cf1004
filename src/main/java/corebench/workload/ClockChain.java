package corebench.workload;

/**
 * The clock probe's kernel: a dependent chain of 64-bit integer multiplies. Each multiply needs the
 * previous product, so the chain runs at one multiply per multiply latency whatever the core's width;
 * on x86-64 (every {@code imul r64} since Nehalem / Zen 1) and on the common 64-bit Arm cores that
 * latency is {@link #CYCLES_PER_MULTIPLY} cycles, so multiplies per second × that = cycles per second:
 * the clock the core really ran at, turbo and throttling included. The factors are not constants, so that
 * the JIT cannot shorten the chain by folding them.
 */
public final class ClockChain {
    /** The latency of one dependent 64-bit integer multiply, in core cycles. */
    public static final int CYCLES_PER_MULTIPLY = 3;

    private ClockChain() {
    }

    /**
     * {@code seed × 1 × 3 × 5 × … × (2·multiplies − 1)} (mod 2^64), one dependent multiply at a time. Each
     * factor is a different odd number taken from the loop counter, beside the chain: a constant factor let
     * C2 fold {@code (x·c)·c} into {@code x·c²} and run the "chain" ~150× faster than the core's clock
     * (437 "GHz" in a run on JDK 25), and odd factors never collapse the product to zero. The loop is
     * unrolled so its counter and the factors run beside the chain, not on it.
     *
     * @param multiplies a multiple of 8
     */
    public static long chain(long seed, long multiplies) {
        if (multiplies % 8 != 0 || multiplies < 0) {
            throw new IllegalArgumentException("multiplies must be a non-negative multiple of 8, was " + multiplies);
        }
        long x = seed;
        for (long odd = 1; odd < 2 * multiplies; odd += 16) {
            x *= odd;
            x *= odd + 2;
            x *= odd + 4;
            x *= odd + 6;
            x *= odd + 8;
            x *= odd + 10;
            x *= odd + 12;
            x *= odd + 14;
        }
        return x;
    }

    /** The same product taken in the opposite order (multiplication mod 2^64 commutes): what {@link #chain} must return. */
    public static long expected(long seed, long multiplies) {
        long result = seed;
        for (long odd = 2 * multiplies - 1; odd > 0; odd -= 2) {
            result *= odd;
        }
        return result;
    }

    /** Effective clock in GHz of a core that ran {@code multiplies} dependent multiplies in {@code seconds}. */
    public static double gigahertz(long multiplies, double seconds) {
        return multiplies * (double) CYCLES_PER_MULTIPLY / seconds / 1e9;
    }
}
