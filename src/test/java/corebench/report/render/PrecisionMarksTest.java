package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import corebench.report.results.Estimate;
import corebench.report.results.ForkSpread;
import corebench.report.results.Measurement;
import corebench.report.results.Precision;
import corebench.report.results.Scenario;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The table cells that show fork-to-fork spread and a result's precision target. */
class PrecisionMarksTest {

    private static Measurement measured(ForkSpread spread, Precision precision) {
        return new Measurement(new Scenario("montecarlo", "pi", new TreeMap<>()), "virtual", 2, 2, true,
                new Estimate(0.021, 0.001), 6, Map.of(), Path.of("jmh.json"), spread, precision);
    }

    @Test
    void forkSpreadIsHalfTheRangeOfTheForkMeans() {
        assertThat(RawTable.forkSpread(measured(new ForkSpread(2, 0.020, 0.022), null))).isEqualTo("±4.76% (2 forks)");
        assertThat(RawTable.forkSpread(measured(null, null))).isEqualTo(Numbers.NONE);
    }

    @Test
    void aMissedTargetIsMarkedAndAMetOneSaysHowItGotThere() {
        assertThat(RawTable.precision(new Precision(5, 12.5, false, 3, "allowance spent")))
                .isEqualTo("⚠ missed: ±12.5% > ±5%, 3 attempts (allowance spent)");
        assertThat(RawTable.precision(new Precision(5, 3.04, true, 1, "met"))).isEqualTo("±3.0% ≤ ±5%, 1 attempt");
        assertThat(RawTable.precision(new Precision(15, Double.NaN, false, 2, "attempts"))).startsWith("⚠ missed: ±? > ±15%");
        assertThat(RawTable.precision(null)).isEqualTo(Numbers.NONE);
    }
}
