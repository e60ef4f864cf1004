package corebench.workload;

/**
 * The clock probe's kernel: a dependent chain of 64-bit integer multiplies. Each multiply needs the
 * previous product, so the chain runs at one multiply per multiply latency whatever the core's width;
 * on x86-64 (every {@code imul r64} since Nehalem / Zen 1) and on the common 64-bit Arm cores that
 * latency is {@link #CYCLES_PER_MULTIPLY} cycles, so multiplies per second × that = cycles per second:
 * the clock the core really ran at, turbo and throttling included.
 */
public final class ClockChain {
    /** The latency of one dependent 64-bit integer multiply, in core cycles. */
    public static final int CYCLES_PER_MULTIPLY = 3;
    /** An odd constant: multiplying by it never collapses the chain to zero. */
    private static final long FACTOR = 0x9E3779B97F4A7C15L;

    private ClockChain() {
    }

    /**
     * {@code seed × FACTOR^multiplies} (mod 2^64), computed one dependent multiply at a time; the loop
     * is unrolled so its counter runs beside the chain and not on it.
     *
     * @param multiplies a multiple of 8
     */
    public static long chain(long seed, long multiplies) {
        if (multiplies % 8 != 0 || multiplies < 0) {
            throw new IllegalArgumentException("multiplies must be a non-negative multiple of 8, was " + multiplies);
        }
        long x = seed;
        for (long i = 0; i < multiplies; i += 8) {
            x *= FACTOR;
            x *= FACTOR;
            x *= FACTOR;
            x *= FACTOR;
            x *= FACTOR;
            x *= FACTOR;
            x *= FACTOR;
            x *= FACTOR;
        }
        return x;
    }

    /** The same value by square-and-multiply: what {@link #chain} must return, computed another way. */
    public static long expected(long seed, long multiplies) {
        long result = seed;
        long base = FACTOR;
        for (long e = multiplies; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result *= base;
            }
            base *= base;
        }
        return result;
    }

    /** Effective clock in GHz of a core that ran {@code multiplies} dependent multiplies in {@code seconds}. */
    public static double gigahertz(long multiplies, double seconds) {
        return multiplies * (double) CYCLES_PER_MULTIPLY / seconds / 1e9;
    }
}
