package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void relativeErrorsOfARatioAddInQuadrature() {
        Estimate q = new Estimate(10, 0.3).dividedBy(new Estimate(5, 0.2));
        assertThat(q.value()).isEqualTo(2);
        assertThat(q.relativeError()).isCloseTo(Math.hypot(0.03, 0.04), within(1e-15));
    }

    @Test
    void anUnknownErrorStaysUnknown() {
        Estimate q = new Estimate(10, Double.NaN).dividedBy(new Estimate(5, 0.2));
        assertThat(q.hasError()).isFalse();
        assertThat(q.present()).isTrue();
    }

    @Test
    void reciprocalKeepsTheRelativeError() {
        Estimate r = new Estimate(4, 0.4).reciprocal();
        assertThat(r.value()).isEqualTo(0.25);
        assertThat(r.relativeError()).isCloseTo(0.1, within(1e-15));
    }
}
