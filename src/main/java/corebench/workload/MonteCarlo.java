package corebench.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Monte Carlo estimation of pi by hit counting in the quarter circle.
 *
 * <p>Each 64-bit random value gives two 31-bit coordinates (bits 33..63 and 2..32); a sample hits when
 * {@code x² + y² < 2^62}. Chunk {@code i} draws values {@code mix(s_i + k·γ)} for k = 1..n with
 * {@code s_i = streamSeed(root, i)}, so the hit count of a configuration is the same whichever model,
 * worker count or kernel variant computes it.
 */
public final class MonteCarlo {
    /** Samples per chunk: about 0.1 ms of work, coarse enough for every model, fine enough to balance. */
    public static final long CHUNK_SAMPLES = 1L << 16;
    static final long RADIUS_SQUARED = 1L << 62;
    static final int COORDINATE_MASK = 0x7FFF_FFFF;

    private MonteCarlo() {
    }

    /** The scalar kernel: args (rootSeed, chunkIndex, samples). */
    public static long scalarHits(long[] args) {
        return scalarHits(SplitMix64.streamSeed(args[0], args[1]), 1, args[2]);
    }

    /** Hits among values {@code from .. from+count-1} of the stream with the given seed. */
    static long scalarHits(long seed, long from, long count) {
        long hits = 0;
        long z = seed + from * SplitMix64.GAMMA;
        for (long k = 0; k < count; k++, z += SplitMix64.GAMMA) {
            long r = SplitMix64.mix(z);
            long x = r >>> 33;
            long y = (r >>> 2) & COORDINATE_MASK;
            hits += (x * x + y * y < RADIUS_SQUARED) ? 1 : 0;
        }
        return hits;
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
