package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.results.Estimate;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void roundsTheValueToTwoSignificantDigitsOfTheError() {
        assertThat(Numbers.plusMinus(new Estimate(1.23456, 0.0123))).isEqualTo("1.235 ± 0.012");
        assertThat(Numbers.plusMinus(new Estimate(1234.4, 56))).isEqualTo("1234 ± 56");
        assertThat(Numbers.plusMinus(new Estimate(2.5, Double.NaN))).isEqualTo("2.50 ± ?");
        // an error larger than the value: both to 3 digits, so the value is not rounded away
        assertThat(Numbers.plusMinus(new Estimate(1.456, 16.2))).isEqualTo("1.46 ± 16.2");
        assertThat(Numbers.plusMinus(Estimate.exact(1))).isEqualTo("1.00");
        assertThat(Numbers.plusMinus(Estimate.NONE)).isEqualTo("—");
    }

    @Test
    void percentAndNoNegativeZero() {
        assertThat(Numbers.percent(new Estimate(0.008, 0.003))).isEqualTo("0.80% ± 0.30%");
        assertThat(Numbers.percent(new Estimate(-0.0001, 0.042))).isEqualTo("0.0% ± 4.2%");
    }

    @Test
    void prefixesLargeThroughputsAndPicksATimeUnit() {
        assertThat(Numbers.scaled(new Estimate(4.19e8, 1.2e7), "samples/s")).isEqualTo("419 ± 12 M samples/s");
        assertThat(Numbers.time(new Estimate(2.54e-3, 1.2e-4))).isEqualTo("2.54 ± 0.12 ms");
        assertThat(Numbers.time(new Estimate(3.2e-7, 1e-8))).isEqualTo("320 ± 10 ns");
    }
}
