package corebench.bench;

/**
 * Strong-scaling work per operation that grows with the machine: a fixed total shrinks per worker as
 * cores grow, and at 64 workers 2^24 Monte Carlo samples leave each worker ~0.6 ms, which measures
 * hand-offs, not the model. The sizes here give every worker of the sweep's top step at least ~20 ms of
 * work on a ~2.4 ns/sample (scalar) core, and equal the sizes of the 2-core reference run on machines
 * of up to 2 CPUs. The chosen values go into every run's parameters (so into jmh.json and machine.json's
 * plan); {@code compare} matches runs across machines by throughput, not by these sizes.
 */
public final class ScaledSizes {
    /** Samples per operation on machines of up to 2 CPUs: 2^24. */
    public static final long BASE_SAMPLES = 1L << 24;

    private ScaledSizes() {
    }

    /** How many times the 2-CPU work the top step of a {@code maxCores} sweep gets: {@code max(1, maxCores / 2)}. */
    public static long factor(int maxCores) {
        return Math.max(1, maxCores / 2);
    }

    /**
     * Monte Carlo strong-scaling samples per operation: {@code max(2^24, maxCores × 2^23)}, both kernels (the SIMD
     * kernel's top-step workers so get less than 20 ms each: more samples would cost as much more at every step).
     */
    public static long monteCarloSamples(String kernel, int maxCores) {
        return BASE_SAMPLES * factor(maxCores);
    }

    /** Jacobi sweeps per operation: the size's default ({@code 2^24} cell updates, at least 2) times {@link #factor}. */
    public static int jacobiSteps(int size, int maxCores) {
        long cells = (long) size * size;
        long base = Math.max(2, (1L << 24) / cells & ~1L);
        return (int) (base * factor(maxCores));
    }
}
