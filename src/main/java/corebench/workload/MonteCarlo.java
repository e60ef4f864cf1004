package corebench.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Monte Carlo estimation of pi by hit counting in the quarter circle.
 *
 * <p>Chunk {@code i} of root seed {@code r} draws its samples from the {@link Xoshiro256PlusPlus#LANES}
 * lane streams of {@link Xoshiro256PlusPlus#laneStates}{@code (r, i)}, lane {@code j} drawing
 * {@link Xoshiro256PlusPlus#steps} values. A 64-bit value {@code v} gives two 26-bit coordinates, {@code
 * x = v >>> 38} and {@code y = (v >>> 6) & 0x3FFFFFF}, and hits when {@code x·x + y·y < 2^52}. Every term
 * is an integer below 2^53, so the test is exact in 64-bit integers (the SIMD kernel: its squares of values
 * below 2^32 are 32×32-bit multiplies, no 64-bit multiply) and in doubles (the scalar kernel): both count
 * the same hits. The 2^26 lattice biases pi by about 5e-8, a thirtieth of a standard error at 2^40 samples.
 * So the hit count of a configuration is the same whichever model, worker count, kernel variant or vector
 * width computes it.
 */
public final class MonteCarlo {
    /** Samples per chunk: about 0.1 ms of work, coarse enough for every model, fine enough to balance. */
    public static final long CHUNK_SAMPLES = 1L << 16;
    /** The random stream of the kernels, recorded with each result: SplitMix64 before 2026-12-06. */
    public static final String STREAM = "xoshiro256++";
    /** The squared radius, 2^52, in the units of the 26-bit coordinates. */
    static final long RADIUS_SQUARED = 1L << 52;
    /** The low coordinate's mask: 26 bits. */
    static final long COORDINATE_MASK = (1L << 26) - 1;

    private MonteCarlo() {
    }

    /** The scalar kernel: args (rootSeed, chunkIndex, samples). */
    public static long scalarHits(long[] args) {
        long[] states = Xoshiro256PlusPlus.laneStates(args[0], args[1]);
        int lanes = Xoshiro256PlusPlus.LANES;
        long hits = 0;
        for (int lane = 0; lane < lanes; lane++) {
            hits += laneHits(states[lane], states[lanes + lane], states[2 * lanes + lane], states[3 * lanes + lane],
                    Xoshiro256PlusPlus.steps(args[2], lane));
        }
        return hits;
    }

    /** Hits among the first {@code steps} values of the lane stream with state {@code (s0, s1, s2, s3)}. */
    private static long laneHits(long s0, long s1, long s2, long s3, long steps) {
        long hits = 0;
        for (long k = 0; k < steps; k++) {
            hits += hit(Xoshiro256PlusPlus.output(s0, s3));
            long t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = Long.rotateLeft(s3, 45);
        }
        return hits;
    }

    /** 1 if value {@code v} is a hit, else 0: the sign of {@code x·x + y·y − 2^52}, exact in doubles, without a branch. */
    static long hit(long v) {
        double x = v >>> 38;
        double y = (v >>> 6) & COORDINATE_MASK;
        return Double.doubleToRawLongBits(x * x + y * y - RADIUS_SQUARED) >>> 63;
    }

    /**
     * What a model needs to run {@code kernel}: the SIMD kernel runs ~700x slower until C2 compiles it
     * (~2 s in a new JVM), so a fresh JVM per submission would measure that warm-up, not the kernel.
     */
    public static List<Need> needs(Kernel kernel) {
        if (kernel == Kernel.MONTE_CARLO_SIMD) {
            return List.of(Need.lacks(Trait.JVM_PER_SUBMISSION, "simd kernel not run: a fresh JVM per task measures the"
                    + " Vector API's ~2 s of JIT warm-up, not the kernel"));
        }
        return List.of();
    }

    /**
     * The tasks of a run of {@code totalSamples}: full chunks of {@link #CHUNK_SAMPLES} and one shorter
     * last chunk if needed.
     */
    public static List<Task> tasks(Kernel kernel, long rootSeed, long totalSamples) {
        return tasks(kernel, rootSeed, totalSamples, CHUNK_SAMPLES);
    }

    /** The tasks of a run of {@code totalSamples} in chunks of {@code chunkSamples}. */
    public static List<Task> tasks(Kernel kernel, long rootSeed, long totalSamples, long chunkSamples) {
        if (totalSamples <= 0 || chunkSamples <= 0) {
            throw new IllegalArgumentException("samples must be positive: total=" + totalSamples + ", chunk=" + chunkSamples);
        }
        long chunks = (totalSamples + chunkSamples - 1) / chunkSamples;
        if (chunks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many chunks: " + chunks);
        }
        List<Task> tasks = new ArrayList<>((int) chunks);
        for (long i = 0; i < chunks; i++) {
            long n = Math.min(chunkSamples, totalSamples - i * chunkSamples);
            tasks.add(new Task(kernel, rootSeed, i, n));
        }
        return tasks;
    }

    /** The estimate of pi from a hit count. */
    public static double pi(long hits, long samples) {
        return 4.0 * hits / samples;
    }

    /**
     * Checks that a hit count is a plausible estimate of pi: within {@code sigmas} binomial standard
     * errors of Math.PI. Throws with the numbers otherwise.
     */
    public static void checkPi(long hits, long samples, double sigmas) {
        double p = Math.PI / 4;
        double expected = p * samples;
        double sd = Math.sqrt(samples * p * (1 - p));
        double z = (hits - expected) / sd;
        if (!(Math.abs(z) <= sigmas)) {
            throw new IllegalStateException(String.format(
                    "pi estimate %.8f from %d hits of %d samples is %.1f standard errors from Math.PI (allowed %.1f)",
                    pi(hits, samples), hits, samples, z, sigmas));
        }
    }
}
