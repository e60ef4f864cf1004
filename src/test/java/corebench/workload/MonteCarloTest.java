package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonteCarloTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 8, 9, 15, 16, 17, 1000, 65_537})
    void simdAndScalarCountTheSameHits(long samples) {
        long[] args = {123, 5, samples};
        assertThat(Kernel.MONTE_CARLO_SIMD.run(args)).isEqualTo(Kernel.MONTE_CARLO_SCALAR.run(args));
    }

    /** Many seeds, chunk indices and sample counts, multiples of the lane count or not. */
    @Test
    void simdAndScalarCountTheSameHitsForManySeedsAndChunkings() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 300; i++) {
            long samples = i < 40 ? i : random.nextLong(1, 5_000);
            long[] args = {random.nextLong(), random.nextLong(0, 1L << 40), samples};
            assertThat(Kernel.MONTE_CARLO_SIMD.run(args)).as("args %s", Arrays.toString(args))
                    .isEqualTo(Kernel.MONTE_CARLO_SCALAR.run(args));
        }
        for (long chunk : new long[] {1, 3, 8, 100, 1000, 4096}) {
            long simd = 0;
            long scalar = 0;
            for (Task t : MonteCarlo.tasks(Kernel.MONTE_CARLO_SIMD, chunk, 12_345, chunk)) {
                simd += t.run();
                scalar += new Task(Kernel.MONTE_CARLO_SCALAR, t.args()).run();
            }
            assertThat(simd).as("chunks of %d", chunk).isEqualTo(scalar);
        }
    }

    @Test
    void theStreamIsXoshiro256PlusPlus() {
        ReferenceXoshiro x = new ReferenceXoshiro(1, 2, 3, 4);
        assertThat(new long[] {x.next(), x.next()}).containsExactly(41943041L, 58720359L);
    }

    /** The documented contract, written out plainly: lane streams, lane sample counts, coordinates, hit test. */
    @Test
    void bothKernelsCountWhatTheContractSays() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20; i++) {
            long[] args = {random.nextLong(), random.nextLong(0, 1000), random.nextLong(0, 3000)};
            long expected = contractHits(args[0], args[1], args[2]);
            assertThat(Kernel.MONTE_CARLO_SCALAR.run(args)).isEqualTo(expected);
            assertThat(Kernel.MONTE_CARLO_SIMD.run(args)).isEqualTo(expected);
        }
    }

    private static long contractHits(long rootSeed, long chunk, long samples) {
        long z = SplitMix64.streamSeed(rootSeed, chunk);
        long hits = 0;
        for (int lane = 0; lane < 8; lane++) {
            long[] s = new long[4];
            for (int w = 0; w < 4; w++) {
                s[w] = SplitMix64.mix(z + (4L * lane + w + 1) * SplitMix64.GAMMA);
            }
            ReferenceXoshiro stream = new ReferenceXoshiro(s[0], s[1], s[2], s[3]);
            long values = samples / 8 + (lane < samples % 8 ? 1 : 0);
            for (long k = 0; k < values; k++) {
                long v = stream.next();
                long x = v >>> 38;
                long y = (v >>> 6) & 0x3FFFFFF;
                hits += x * x + y * y < 1L << 52 ? 1 : 0;
            }
        }
        return hits;
    }

    /** xoshiro256++ as published (prng.di.unimi.it/xoshiro256plusplus.c). */
    private static final class ReferenceXoshiro {
        private final long[] s;

        ReferenceXoshiro(long... s) {
            this.s = s.clone();
        }

        long next() {
            long result = Long.rotateLeft(s[0] + s[3], 23) + s[0];
            long t = s[1] << 17;
            s[2] ^= s[0];
            s[3] ^= s[1];
            s[1] ^= s[2];
            s[0] ^= s[3];
            s[2] ^= t;
            s[3] = Long.rotateLeft(s[3], 45);
            return result;
        }
    }

    @Test
    void chunkStreamsDependOnlyOnSeedAndIndex() {
        long a = Kernel.MONTE_CARLO_SCALAR.run(new long[] {1, 3, 10_000});
        long b = Kernel.MONTE_CARLO_SCALAR.run(new long[] {1, 3, 10_000});
        long other = Kernel.MONTE_CARLO_SCALAR.run(new long[] {1, 4, 10_000});
        assertThat(a).isEqualTo(b).isNotEqualTo(other);
    }

    @Test
    void tasksCoverTheSamplesExactly() {
        List<Task> tasks = MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 9, 2500, 1000);
        assertThat(tasks).extracting(t -> t.arg(2)).containsExactly(1000L, 1000L, 500L);
        assertThat(tasks).extracting(t -> t.arg(1)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void estimatesPiWithinItsStatisticalBound() {
        long samples = 4_000_000;
        long hits = 0;
        for (Task t : MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 77, samples)) {
            hits += t.run();
        }
        MonteCarlo.checkPi(hits, samples, 5);
        assertThat(hits).isEqualTo(MonteCarlo.tasks(Kernel.MONTE_CARLO_SIMD, 77, samples).stream().mapToLong(Task::run).sum());
        assertThat(MonteCarlo.pi(hits, samples)).isCloseTo(Math.PI, Offset.offset(0.005));
    }

    @Test
    void aWrongHitCountFailsThePiCheck() {
        assertThatThrownBy(() -> MonteCarlo.checkPi(700_000, 1_000_000, 6))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("standard errors");
    }
}
