package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The clock probe's arithmetic: the chain computes the product taken the other way round, and GHz follow from its length. */
class ClockChainTest {

    @Test
    void theChainEqualsTheSameProductTakenInTheOppositeOrder() {
        for (long n : new long[] {0, 8, 64, 1 << 20, 33_554_432}) {
            assertThat(ClockChain.chain(1, n)).as("%d multiplies", n).isEqualTo(ClockChain.expected(1, n));
        }
        assertThat(ClockChain.chain(7, 16)).isEqualTo(ClockChain.expected(7, 16)).isNotEqualTo(ClockChain.chain(7, 8));
        // by hand: 1 x 3 x 5 x ... x 15 = 2027025
        assertThat(ClockChain.chain(1, 8)).isEqualTo(2_027_025L);
        assertThat(ClockChain.chain(1, 1 << 20) & 1).as("odd factors never reach zero").isEqualTo(1L);
    }

    @Test
    void gigahertzIsMultipliesTimesTheirLatencyPerSecond() {
        // 2^25 multiplies of 3 cycles in 33.554432 ms: 3 GHz
        assertThat(ClockChain.gigahertz(33_554_432, 0.033554432)).isCloseTo(3.0, within(1e-12));
        assertThat(ClockChain.gigahertz(1_000_000_000L, 1.5)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void chainsMustBeWholeUnrolledRounds() {
        assertThatThrownBy(() -> ClockChain.chain(1, 12)).hasMessageContaining("multiple of 8");
    }
}
