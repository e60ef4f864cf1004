package corebench.workload;

/**
 * The SplitMix64 finaliser used as a counter-based generator: value {@code k} of a stream is
 * {@code mix(seed + k * GAMMA)}, so any value can be computed without the ones before it. It derives
 * every stream from (root seed, index) only: the Monte Carlo lane streams' seeds ({@link
 * Xoshiro256PlusPlus}), the blocking workload's sleeps, the grids' initial values.
 */
public final class SplitMix64 {
    /** The golden-ratio increment of SplitMix64. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix64() {
    }

    /** Stafford's "variant 13" 64-bit finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of stream {@code index} derived from a root seed: independent of who computes it. */
    public static long streamSeed(long rootSeed, long index) {
        return mix(rootSeed ^ mix(index * GAMMA + GAMMA));
    }
}
