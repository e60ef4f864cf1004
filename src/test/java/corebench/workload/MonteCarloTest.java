package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonteCarloTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 8, 9, 1000, 65_537})
    void simdAndScalarCountTheSameHits(long samples) {
        long[] args = {123, 5, samples};
        assertThat(Kernel.MONTE_CARLO_SIMD.run(args)).isEqualTo(Kernel.MONTE_CARLO_SCALAR.run(args));
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
        assertThat(MonteCarlo.pi(hits, samples)).isCloseTo(Math.PI, Offset.offset(0.005));
    }

    @Test
    void aWrongHitCountFailsThePiCheck() {
        assertThatThrownBy(() -> MonteCarlo.checkPi(700_000, 1_000_000, 6))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("standard errors");
    }
}
