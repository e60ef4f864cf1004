package corebench.workload;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Monte Carlo kernel on the Vector API: each lane computes one value of the same counter-based
 * stream as {@link MonteCarlo#scalarHits}, so both variants return identical hit counts.
 *
 * <p>Until C2 compiles it, Vector API code is boxed and runs hundreds of times slower: a fresh JVM
 * needs about two seconds of warm-up before this kernel is fast.
 */
public final class MonteCarloSimd {
    private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;

    private MonteCarloSimd() {
    }

    /** The SIMD kernel: args (rootSeed, chunkIndex, samples). */
    public static long hits(long[] args) {
        long seed = SplitMix64.streamSeed(args[0], args[1]);
        long samples = args[2];
        int lanes = SPECIES.length();
        long[] offsets = new long[lanes];
        for (int l = 0; l < lanes; l++) {
            offsets[l] = (l + 1) * SplitMix64.GAMMA;
        }
        LongVector z = LongVector.broadcast(SPECIES, seed).add(LongVector.fromArray(SPECIES, offsets, 0));
        LongVector step = LongVector.broadcast(SPECIES, lanes * SplitMix64.GAMMA);
        LongVector radius = LongVector.broadcast(SPECIES, MonteCarlo.RADIUS_SQUARED);
        long hits = 0;
        long k = 0;
        for (; k + lanes <= samples; k += lanes) {
            LongVector r = mix(z);
            LongVector x = r.lanewise(VectorOperators.LSHR, 33);
            LongVector y = r.lanewise(VectorOperators.LSHR, 2).and(MonteCarlo.COORDINATE_MASK);
            VectorMask<Long> in = x.mul(x).add(y.mul(y)).compare(VectorOperators.LT, radius);
            hits += in.trueCount();
            z = z.add(step);
        }
        return hits + MonteCarlo.scalarHits(seed, k + 1, samples - k);
    }

    private static LongVector mix(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31));
    }
}
