package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GustafsonFitTest {

    @Test
    void recoversAnExactGustafsonCurve() {
        List<FitPoint> points = new ArrayList<>();
        for (int p : new int[] {1, 2, 4, 8}) {
            points.add(new FitPoint(p, 300 * GustafsonFit.speedup(0.15, p), 3));
        }
        GustafsonFit fit = GustafsonFit.fit(points);
        assertThat(fit.serialFraction().value()).isCloseTo(0.15, within(1e-6));
        assertThat(fit.oneCoreThroughput().value()).isCloseTo(300, within(1e-4));
        assertThat(fit.speedupAt(16).value()).isCloseTo(16 - 0.15 * 15, within(1e-5));
        assertThat(fit.flags()).isEmpty();
    }
}
