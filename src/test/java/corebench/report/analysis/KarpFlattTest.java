package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import corebench.report.results.Estimate;
import org.junit.jupiter.api.Test;

class KarpFlattTest {

    @Test
    void anAmdahlSpeedupGivesBackItsSerialFraction() {
        for (int p : new int[] {2, 4, 64}) {
            Estimate e = KarpFlatt.of(Estimate.exact(AmdahlFit.speedup(0.07, p)), p);
            assertThat(e.value()).isCloseTo(0.07, within(1e-12));
        }
    }

    @Test
    void propagatesTheSpeedupError() {
        // S = 1.6 +- 0.1 on 2 cores: e = (1/1.6 - 1/2) / (1/2) = 0.25, de/dS = 1 / (1.6^2 * 0.5)
        Estimate e = KarpFlatt.of(new Estimate(1.6, 0.1), 2);
        assertThat(e.value()).isCloseTo(0.25, within(1e-12));
        assertThat(e.error()).isCloseTo(0.1 / (1.6 * 1.6 * 0.5), within(1e-12));
    }

    @Test
    void isUndefinedOnOneCore() {
        assertThat(KarpFlatt.of(Estimate.exact(1), 1).present()).isFalse();
    }
}
