package corebench.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SteadyStateTest {

    @Test
    void steadyNoiseKeepsEveryIterationAlmostAlways() {
        SyntheticForks process = new SyntheticForks(11);
        process.warmup = 0;
        process.burstChance = 0;
        for (int n : new int[] {5, 10, 30}) {
            int dropped = 0;
            int unsettled = 0;
            for (int rep = 0; rep < 2000; rep++) {
                SteadyState s = SteadyState.of(process.fork(10, n));
                dropped += s.counted().length < n ? 1 : 0;
                unsettled += s.settled() ? 0 : 1;
            }
            assertThat(dropped).as("forks of %d iterations losing iterations", n).isLessThan(n < 10 ? 200 : 100);
            assertThat(unsettled).as("forks of %d iterations never settling", n).isLessThan(30);
        }
    }

    @Test
    void warmUpIterationsAndABurstDoNotCount() {
        double[] x = {15, 14, 10.1, 9.9, 10.0, 10.1, 16, 16.2, 9.9, 10.0, 10.1, 9.95};
        SteadyState s = SteadyState.of(x);
        assertThat(s.warmup()).isEqualTo(2);
        assertThat(s.disturbed()).isEqualTo(2);
        assertThat(s.settled()).isTrue();
        assertThat(s.mean()).isBetween(9.95, 10.05);
        assertThat(s.dropped(12)).isEqualTo("2 warm-up, 2 disturbed of 12");
    }

    @Test
    void aForkThatKeepsDriftingNeverSettles() {
        double[] x = new double[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 2 * i + (i % 2 == 0 ? 0.05 : -0.05);
        }
        assertThat(SteadyState.of(x).settled()).isFalse();
    }

    @Test
    void seriesTooShortToCheckCountAsTheyAre() {
        SteadyState s = SteadyState.of(new double[] {30, 10, 10});
        assertThat(s.checked()).isFalse();
        assertThat(s.settled()).isTrue();
        assertThat(s.counted()).hasSize(3);
    }
}
