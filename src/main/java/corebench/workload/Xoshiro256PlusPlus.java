package corebench.workload;

/**
 * The Monte Carlo kernels' random streams: xoshiro256++ (Blackman and Vigna, 2019), whose step is adds,
 * rotates, shifts and xors only, no multiply, so it is cheap on every vendor's scalar and vector units.
 *
 * <p>A chunk (root seed, chunk index) has {@value #LANES} lane streams, fixed whatever vector width the
 * machine has. Lane {@code j}'s 256-bit state is words {@code 4j+1 .. 4j+4} of the SplitMix64 sequence
 * seeded with {@link SplitMix64#streamSeed}{@code (rootSeed, chunk)}: distinct and never all zero, as
 * SplitMix64's mix is a bijection. The step, from state {@code (s0, s1, s2, s3)}: output
 * {@code rotl(s0 + s3, 23) + s0}; then {@code t = s1 << 17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3;
 * s2 ^= t; s3 = rotl(s3, 45)}.
 */
public final class Xoshiro256PlusPlus {
    /** Lane streams per chunk: one 512-bit vector of longs, two of 256 bits, four of 128. */
    public static final int LANES = 8;

    private Xoshiro256PlusPlus() {
    }

    /**
     * The lane states of a chunk, word by word: {@code states[w * LANES + j]} is word {@code w} (0..3) of
     * lane {@code j}, so a vector kernel loads each word of consecutive lanes in one go.
     */
    public static long[] laneStates(long rootSeed, long chunk) {
        long z = SplitMix64.streamSeed(rootSeed, chunk);
        long[] states = new long[4 * LANES];
        for (int lane = 0; lane < LANES; lane++) {
            for (int word = 0; word < 4; word++) {
                states[word * LANES + lane] = SplitMix64.mix(z + (4L * lane + word + 1) * SplitMix64.GAMMA);
            }
        }
        return states;
    }

    /** The output of the state whose first and last words are {@code s0} and {@code s3}. */
    public static long output(long s0, long s3) {
        return Long.rotateLeft(s0 + s3, 23) + s0;
    }

    /** How many values lane {@code lane} of a chunk of {@code samples} draws: the first lanes take the remainder. */
    public static long steps(long samples, int lane) {
        return samples / LANES + (lane < samples % LANES ? 1 : 0);
    }
}
