package corebench.workload;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Monte Carlo kernel on the Vector API: each vector lane walks one of the chunk's
 * {@link Xoshiro256PlusPlus#LANES} lane streams, a vector narrower than that walks them group after group,
 * and each lane counts its own hits with the coordinates and the exact test of {@link MonteCarlo}, so the
 * hit count equals {@link MonteCarlo#scalarHits}'s on any vector width.
 *
 * <p>Until C2 compiles it, Vector API code is boxed and runs hundreds of times slower: a fresh JVM
 * needs about two seconds of warm-up before this kernel is fast.
 */
public final class MonteCarloSimd {
    /** The machine's preferred vector of longs, at most one lane per lane stream. */
    static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED.length() <= Xoshiro256PlusPlus.LANES
            ? LongVector.SPECIES_PREFERRED
            : VectorSpecies.of(long.class, VectorShape.forBitSize(Xoshiro256PlusPlus.LANES * Long.SIZE));

    private MonteCarloSimd() {
    }

    /** The SIMD kernel: args (rootSeed, chunkIndex, samples). */
    public static long hits(long[] args) {
        long[] states = Xoshiro256PlusPlus.laneStates(args[0], args[1]);
        long hits = 0;
        for (int first = 0; first < Xoshiro256PlusPlus.LANES; first += SPECIES.length()) {
            hits += groupHits(states, first, args[2]);
        }
        return hits;
    }

    /** Hits of the lane streams {@code first .. first + SPECIES.length() − 1} of a chunk of {@code samples}. */
    private static long groupHits(long[] states, int first, long samples) {
        int lanes = Xoshiro256PlusPlus.LANES;
        LongVector s0 = LongVector.fromArray(SPECIES, states, first);
        LongVector s1 = LongVector.fromArray(SPECIES, states, lanes + first);
        LongVector s2 = LongVector.fromArray(SPECIES, states, 2 * lanes + first);
        LongVector s3 = LongVector.fromArray(SPECIES, states, 3 * lanes + first);
        LongVector counts = LongVector.zero(SPECIES);
        long steps = samples / lanes;
        for (long k = 0; k < steps; k++) {
            counts = counts.add(hits(output(s0, s3)));
            LongVector t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.ROL, 45);
        }
        long hits = counts.reduceLanes(VectorOperators.ADD);
        // the one more value of the lanes before the remainder, in scalar code: passing s0 and s3 to a method
        // C2 does not inline (a cold one) would box them, and boxing a loop-carried vector allocates every step
        int remainder = (int) (samples % lanes);
        if (first < remainder) {
            long[] words = new long[2 * SPECIES.length()];
            s0.intoArray(words, 0);
            s3.intoArray(words, SPECIES.length());
            for (int lane = 0; first + lane < remainder && lane < SPECIES.length(); lane++) {
                hits += MonteCarlo.hit(Xoshiro256PlusPlus.output(words[lane], words[SPECIES.length() + lane]));
            }
        }
        return hits;
    }

    /** {@link Xoshiro256PlusPlus#output} lane by lane. */
    private static LongVector output(LongVector s0, LongVector s3) {
        return s0.add(s3).lanewise(VectorOperators.ROL, 23).add(s0);
    }

    /** 1 in each lane whose value is a hit, else 0: {@link MonteCarlo#hit} in 64-bit integers, lane by lane. */
    private static LongVector hits(LongVector values) {
        LongVector x = values.lanewise(VectorOperators.LSHR, 38);
        LongVector y = values.lanewise(VectorOperators.LSHR, 6).and(MonteCarlo.COORDINATE_MASK);
        return x.mul(x).add(y.mul(y)).sub(MonteCarlo.RADIUS_SQUARED).lanewise(VectorOperators.LSHR, 63);
    }
}
