package corebench.bench;

import corebench.workload.MonteCarlo;
import corebench.workload.MonteCarloSimd;
import corebench.workload.SplitMix64;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling of the Monte Carlo kernels on this core: corebench's two kernels on one chunk beside plain
 * kernels of the same task (count the samples in the quarter circle), each a single loop over one stream
 * (scalar) or one stream per lane of the preferred vector, with no chunking, lane bookkeeping or model
 * around it. Score: ns per sample. corebench's kernels should be within 1.1× of the fastest plain kernel
 * of any stream (issue 26). Plain kernels: SplitMix64 (the streams before 2026-12-06, 31-bit coordinates
 * and 64-bit squares), xoshiro256++ with the same 31-bit coordinates ({@code 31}; the vector kernel's
 * squares of 31-bit values become 32×32-bit multiplies on JDK 24+), and xoshiro256++ with 24-bit
 * coordinates in float arithmetic ({@code Float}). corebench's own test is exact on 26-bit coordinates
 * (doubles in scalar code, 32×32-bit multiplies in vectors). Every kernel counts hits without a branch; each operation
 * draws from a new seed. Not part of the sweep: it measures the kernels, not a concurrency model.
 *
 * <p>The vector kernels run interpreted until C2 compiles them (about a second on a quiet core): the last
 * warm-up iteration should already read like the measured ones (else add {@code -wi 5}). JVM flags for a
 * hand run go in {@code -jvmArgsPrepend}: {@code -jvmArgsAppend} replaces the class's
 * {@code --add-modules=jdk.incubator.vector}.
 *
 * <p>Run on one quiet core with the annotations' settings (2 forks × 3 × 1 s warm-up × 5 × 1 s), all
 * kernels: {@code taskset -c 0 java -jar target/benchmarks.jar KernelCeilingBench -foe true}; one kernel:
 * <pre>{@code
 * taskset -c 0 java -jar target/benchmarks.jar KernelCeilingBench.corebenchSimd -foe true
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KernelCeilingBench {
    /** Samples per operation: one chunk of corebench's kernels. */
    static final int SAMPLES = (int) MonteCarlo.CHUNK_SAMPLES;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final long RADIUS_SQUARED_31 = 1L << 62;
    private static final int MASK_31 = 0x7FFF_FFFF;
    private static final float RADIUS_SQUARED_24 = 0x1p48f;

    private long seed = 20261206;

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long corebenchScalar() {
        return MonteCarlo.scalarHits(new long[] {20261206, seed++, SAMPLES});
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long corebenchSimd() {
        return MonteCarloSimd.hits(new long[] {20261206, seed++, SAMPLES});
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long scalarSplitMix() {
        long z = SplitMix64.mix(seed++);
        long hits = 0;
        for (int k = 0; k < SAMPLES; k++) {
            z += SplitMix64.GAMMA;
            hits += hit31(SplitMix64.mix(z));
        }
        return hits;
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long scalarXoshiro31() {
        long[] s = seedWords(seed++, 4);
        long s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
        long hits = 0;
        for (int k = 0; k < SAMPLES; k++) {
            hits += hit31(Long.rotateLeft(s0 + s3, 23) + s0);
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

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long scalarXoshiroFloat() {
        long[] s = seedWords(seed++, 4);
        long s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
        long hits = 0;
        for (int k = 0; k < SAMPLES; k++) {
            long v = Long.rotateLeft(s0 + s3, 23) + s0;
            float x = (int) (v >>> 40);
            float y = (int) v >>> 8;
            hits += Float.floatToRawIntBits(x * x + y * y - RADIUS_SQUARED_24) >>> 31;
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

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long vectorSplitMix() {
        LongVector z = LongVector.fromArray(LONGS, seedWords(seed++, LONGS.length()), 0);
        LongVector step = LongVector.broadcast(LONGS, SplitMix64.GAMMA);
        LongVector counts = LongVector.zero(LONGS);
        for (int k = 0; k < SAMPLES; k += LONGS.length()) {
            z = z.add(step);
            LongVector v = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
            v = v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
            counts = counts.add(hits31(v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 31))));
        }
        return counts.reduceLanes(VectorOperators.ADD);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long vectorXoshiro31() {
        long[] words = seedWords(seed++, 4 * LONGS.length());
        LongVector s0 = LongVector.fromArray(LONGS, words, 0);
        LongVector s1 = LongVector.fromArray(LONGS, words, LONGS.length());
        LongVector s2 = LongVector.fromArray(LONGS, words, 2 * LONGS.length());
        LongVector s3 = LongVector.fromArray(LONGS, words, 3 * LONGS.length());
        LongVector counts = LongVector.zero(LONGS);
        for (int k = 0; k < SAMPLES; k += LONGS.length()) {
            counts = counts.add(hits31(s0.add(s3).lanewise(VectorOperators.ROL, 23).add(s0)));
            LongVector t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.ROL, 45);
        }
        return counts.reduceLanes(VectorOperators.ADD);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long vectorXoshiroFloat() {
        long[] words = seedWords(seed++, 4 * LONGS.length());
        LongVector s0 = LongVector.fromArray(LONGS, words, 0);
        LongVector s1 = LongVector.fromArray(LONGS, words, LONGS.length());
        LongVector s2 = LongVector.fromArray(LONGS, words, 2 * LONGS.length());
        LongVector s3 = LongVector.fromArray(LONGS, words, 3 * LONGS.length());
        LongVector counts = LongVector.zero(LONGS);
        for (int k = 0; k < SAMPLES; k += LONGS.length()) {
            LongVector v = s0.add(s3).lanewise(VectorOperators.ROL, 23).add(s0);
            FloatVector c = (FloatVector) v.reinterpretAsInts().lanewise(VectorOperators.LSHR, 8).convert(VectorOperators.I2F, 0);
            FloatVector squares = c.mul(c);
            FloatVector sums = squares.add(squares.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 32).reinterpretAsFloats());
            counts = counts.add(sums.sub(RADIUS_SQUARED_24).reinterpretAsLongs().lanewise(VectorOperators.LSHR, 63));
            LongVector t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.ROL, 45);
        }
        return counts.reduceLanes(VectorOperators.ADD);
    }

    /** 1 if value {@code v}'s 31-bit coordinates (bits 33..63 and 2..32) lie in the quarter circle. */
    private static long hit31(long v) {
        long x = v >>> 33;
        long y = (v >>> 2) & MASK_31;
        return (x * x + y * y - RADIUS_SQUARED_31) >>> 63;
    }

    /** {@link #hit31} lane by lane. */
    private static LongVector hits31(LongVector v) {
        LongVector x = v.lanewise(VectorOperators.LSHR, 33);
        LongVector y = v.lanewise(VectorOperators.LSHR, 2).and(MASK_31);
        return x.mul(x).add(y.mul(y)).sub(RADIUS_SQUARED_31).lanewise(VectorOperators.LSHR, 63);
    }

    /** {@code n} consecutive SplitMix64 values after {@code seed}. */
    private static long[] seedWords(long seed, int n) {
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {
            words[i] = SplitMix64.mix(seed + (i + 1) * SplitMix64.GAMMA);
        }
        return words;
    }
}
