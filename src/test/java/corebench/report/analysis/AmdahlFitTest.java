package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmdahlFitTest {

    private static final int[] CORES = {1, 2, 4, 8, 16};

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3})
    void recoversAnExactAmdahlCurve(double f) {
        List<FitPoint> points = new ArrayList<>();
        for (int p : CORES) {
            points.add(new FitPoint(p, 1e6 * AmdahlFit.speedup(f, p), 1e6 * 0.01));
        }
        AmdahlFit fit = AmdahlFit.fit(points);
        assertThat(fit.serialFraction().value()).isCloseTo(f, within(1e-6));
        assertThat(fit.oneCoreThroughput().value()).isCloseTo(1e6, within(1e-6 * 1e6));
        assertThat(fit.solution().chiSquare()).isCloseTo(0, within(1e-9));
        assertThat(fit.flags()).isEmpty();
        assertThat(fit.speedupAt(64).value()).isCloseTo(1 / (f + (1 - f) / 64), within(1e-6));
    }

    @Test
    void noisyDataLieWithinTheStatedUncertainty() {
        double f = 0.1;
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            List<FitPoint> points = new ArrayList<>();
            for (int p : CORES) {
                double truth = 5000 * AmdahlFit.speedup(f, p);
                double sigma = truth * 0.02;
                points.add(new FitPoint(p, truth + sigma * gaussian(random), sigma));
            }
            AmdahlFit fit = AmdahlFit.fit(points);
            // a 99.9% interval: with 20 trials a miss is a 2% event for a correct fit; the seed is fixed
            assertThat(fit.serialFraction().error()).isPositive().isLessThan(0.05);
            assertThat(Math.abs(fit.serialFraction().value() - f)).isLessThan(fit.serialFraction().error());
            assertThat(fit.solution().degreesOfFreedom()).isEqualTo(3);
        }
    }

    @Test
    void flagsASerialFractionAtItsBound() {
        // better than linear: f would be negative, so it sits at 0 and says so
        List<FitPoint> points = List.of(new FitPoint(1, 100, 1), new FitPoint(2, 230, 1), new FitPoint(4, 470, 1));
        AmdahlFit fit = AmdahlFit.fit(points);
        assertThat(fit.serialFraction().value()).isEqualTo(0);
        assertThat(fit.flags()).anyMatch(flag -> flag.startsWith("f hit its bound (0"));
    }

    @Test
    void flagsAPoorFit() {
        // a curve that rises and falls is not Amdahl's, and the errors are tiny
        List<FitPoint> points = List.of(new FitPoint(1, 100, 0.5), new FitPoint(2, 190, 0.5),
                new FitPoint(4, 120, 0.5), new FitPoint(8, 60, 0.5));
        AmdahlFit fit = AmdahlFit.fit(points);
        assertThat(fit.flags()).anyMatch(flag -> flag.startsWith("fits badly"));
    }

    @Test
    void twoPointsAreExactlyDeterminedWithAnUncertaintyFromTheirErrors() {
        List<FitPoint> points = List.of(new FitPoint(1, 100, 2), new FitPoint(2, 180, 3));
        AmdahlFit fit = AmdahlFit.fit(points);
        // 180 = 100 / (f + (1 - f) / 2)  ->  f = 1/9
        assertThat(fit.serialFraction().value()).isCloseTo(1 / 9.0, within(1e-6));
        assertThat(fit.solution().degreesOfFreedom()).isZero();
        assertThat(fit.serialFraction().error()).isBetween(0.01, 0.5);
        assertThat(fit.flags()).isEmpty();
    }

    @Test
    void unknownErrorsGiveAnUnweightedFit() {
        List<FitPoint> points = new ArrayList<>();
        for (int p : CORES) {
            points.add(new FitPoint(p, 10 * AmdahlFit.speedup(0.2, p) * (p % 2 == 0 ? 1.01 : 0.99), Double.NaN));
        }
        AmdahlFit fit = AmdahlFit.fit(points);
        assertThat(fit.solution().weighted()).isFalse();
        assertThat(fit.serialFraction().value()).isCloseTo(0.2, within(0.02));
        assertThat(fit.serialFraction().error()).isPositive().isFinite();
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller, so the test does not depend on java.util.Random's algorithm
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
