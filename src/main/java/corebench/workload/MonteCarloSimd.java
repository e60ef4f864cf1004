package corebench.workload;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Monte Carlo kernel on the Vector API: each vector lane walks one of the chunk's
 * {@link Xoshiro256PlusPlus#LANES} lane streams, two vectors of them stepping in the same loop (pairs of groups
 * after each other where vectors are narrower still), and each lane counts its own hits with the coordinates and the exact test of {@link MonteCarlo}, so the
 * hit count equals {@link MonteCarlo#scalarHits}'s on any vector width.
 *
 * <p>Until C2 compiles it, Vector API code is boxed and runs hundreds of times slower: a fresh JVM
 * needs about two seconds of warm-up before this kernel is fast.
 */
public final class MonteCarloSimd {
    /**
     * The machine's preferred vector of longs, at most half the lane streams wide: two groups of lanes then step in
     * the same loop, two independent dependency chains (one chain of xoshiro's state is latency-bound).
     */
    static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED.length() <= Xoshiro256PlusPlus.LANES / 2
            ? LongVector.SPECIES_PREFERRED
            : VectorSpecies.of(long.class, VectorShape.forBitSize(Xoshiro256PlusPlus.LANES / 2 * Long.SIZE));

    private MonteCarloSimd() {
    }

    /** The SIMD kernel: args (rootSeed, chunkIndex, samples). */
    public static long hits(long[] args) {
        long[] states = Xoshiro256PlusPlus.laneStates(args[0], args[1]);
        long hits = 0;
        for (int first = 0; first < Xoshiro256PlusPlus.LANES; first += 2 * SPECIES.length()) {
            hits += pairHits(states, first, args[2]);
        }
        return hits;
    }

    /** Hits of two groups of lane streams from {@code first}, stepped together: two independent chains. */
    private static long pairHits(long[] states, int first, long samples) {
        int lanes = Xoshiro256PlusPlus.LANES;
        int second = first + SPECIES.length();
        LongVector a0 = LongVector.fromArray(SPECIES, states, first);
        LongVector a1 = LongVector.fromArray(SPECIES, states, lanes + first);
        LongVector a2 = LongVector.fromArray(SPECIES, states, 2 * lanes + first);
        LongVector a3 = LongVector.fromArray(SPECIES, states, 3 * lanes + first);
        LongVector b0 = LongVector.fromArray(SPECIES, states, second);
        LongVector b1 = LongVector.fromArray(SPECIES, states, lanes + second);
        LongVector b2 = LongVector.fromArray(SPECIES, states, 2 * lanes + second);
        LongVector b3 = LongVector.fromArray(SPECIES, states, 3 * lanes + second);
        LongVector counts = LongVector.zero(SPECIES);
        long steps = samples / lanes;
        for (long k = 0; k < steps; k++) {
            counts = counts.add(hits(output(a0, a3))).add(hits(output(b0, b3)));
            LongVector ta = a1.lanewise(VectorOperators.LSHL, 17);
            LongVector tb = b1.lanewise(VectorOperators.LSHL, 17);
            a2 = a2.lanewise(VectorOperators.XOR, a0);
            b2 = b2.lanewise(VectorOperators.XOR, b0);
            a3 = a3.lanewise(VectorOperators.XOR, a1);
            b3 = b3.lanewise(VectorOperators.XOR, b1);
            a1 = a1.lanewise(VectorOperators.XOR, a2);
            b1 = b1.lanewise(VectorOperators.XOR, b2);
            a0 = a0.lanewise(VectorOperators.XOR, a3);
            b0 = b0.lanewise(VectorOperators.XOR, b3);
            a2 = a2.lanewise(VectorOperators.XOR, ta);
            b2 = b2.lanewise(VectorOperators.XOR, tb);
            a3 = a3.lanewise(VectorOperators.ROL, 45);
            b3 = b3.lanewise(VectorOperators.ROL, 45);
        }
        long hits = counts.reduceLanes(VectorOperators.ADD);
        int remainder = (int) (samples % lanes);
        if (first < remainder) {
            int n = SPECIES.length();
            long[] words = new long[4 * n];
            a0.intoArray(words, 0);
            a3.intoArray(words, n);
            b0.intoArray(words, 2 * n);
            b3.intoArray(words, 3 * n);
            for (int lane = 0; first + lane < remainder && lane < 2 * n; lane++) {
                int at = lane < n ? lane : n + lane; // a's s0 at 0.., s3 at n..; b's s0 at 2n.., s3 at 3n..
                hits += MonteCarlo.hit(Xoshiro256PlusPlus.output(words[at], words[at + n]));
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
