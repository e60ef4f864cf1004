package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.results.Estimate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clock figures no core can reach are not shown as a clock, nor used to normalise speedups. */
class ClockStepsTest {

    @Test
    void anImplausibleClockIsNamedAndNotUsed() {
        ClockSteps folded = new ClockSteps(Map.of(), Map.of(1, new Estimate(437.4, 20), 2, new Estimate(366.6, 30)));
        assertThat(folded.present()).isFalse();
        assertThat(folded.normalisation(2)).isEmpty();
        assertThat(folded.sentence().orElseThrow()).contains("implausible (437 GHz at 1 core, 367 GHz at 2 cores")
                .contains("not clock-normalised.");

        ClockSteps mixed = new ClockSteps(Map.of(1, new Estimate(3.0, 0.1), 2, new Estimate(2.9, 0.1)),
                Map.of(4, new Estimate(50, 1)));
        assertThat(mixed.normalisation(2)).isPresent();
        assertThat(mixed.normalisation(4)).isEmpty();
        assertThat(mixed.sentence().orElseThrow()).contains("50 GHz at 4 cores").contains("at those steps.")
                .contains("2 cores 2.90");
    }
}
