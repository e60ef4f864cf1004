package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UslFitTest {

    /**
     * Throughput of a Cisco router by concurrency, from Baron Schwartz, "Practical Scalability Analysis
     * with the Universal Scalability Law" (the data set usl4j tests with); the book's fit is
     * sigma = 0.02671591, kappa = 7.690945e-4, lambda = 995.6486, peak at N = 35 with X = 12341.
     */
    private static final double[][] CISCO = {
            {1, 955.16}, {2, 1878.91}, {3, 2688.01}, {4, 3548.68}, {5, 4315.54}, {6, 5130.43}, {7, 5931.37},
            {8, 6531.08}, {9, 7219.8}, {10, 7867.61}, {11, 8278.71}, {12, 8646.7}, {13, 9047.84}, {14, 9426.55},
            {15, 9645.37}, {16, 9897.24}, {17, 10097.6}, {18, 10240.5}, {19, 10532.39}, {20, 10798.52},
            {21, 11151.43}, {22, 11518.63}, {23, 11806}, {24, 12089.37}, {25, 12075.41}, {26, 12177.29},
            {27, 12211.41}, {28, 12158.93}, {29, 12155.27}, {30, 12118.04}, {31, 12140.4}, {32, 12074.39}};

    @Test
    void reproducesTheBooksFitOfTheCiscoData() {
        List<FitPoint> points = new ArrayList<>();
        for (double[] row : CISCO) {
            points.add(new FitPoint(row[0], row[1], Double.NaN));
        }
        UslFit fit = UslFit.fit(points);
        assertThat(fit.sigma().value()).isCloseTo(0.02671591, within(0.02671591 * 1e-3));
        assertThat(fit.kappa().value()).isCloseTo(7.690945e-4, within(7.690945e-4 * 1e-3));
        assertThat(fit.lambda().value()).isCloseTo(995.6486, within(995.6486 * 1e-3));
        assertThat(fit.peakCores()).hasValueSatisfying(n -> assertThat(Math.floor(n.value())).isEqualTo(35));
        assertThat(fit.peakThroughput()).hasValueSatisfying(x -> assertThat(x.value()).isCloseTo(12341, within(2.0)));
        assertThat(fit.sigma().error()).isPositive().isLessThan(fit.sigma().value());
        assertThat(fit.solution().rSquared()).isGreaterThan(0.99);
        assertThat(fit.flags()).isEmpty();
    }

    @Test
    void recoversExactParametersFromWeightedPoints() {
        double lambda = 2e6;
        double sigma = 0.05;
        double kappa = 0.002;
        List<FitPoint> points = new ArrayList<>();
        for (int n : new int[] {1, 2, 4, 8, 16, 32}) {
            double x = lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
            points.add(new FitPoint(n, x, x * 0.01));
        }
        UslFit fit = UslFit.fit(points);
        assertThat(fit.lambda().value()).isCloseTo(lambda, within(lambda * 1e-6));
        assertThat(fit.sigma().value()).isCloseTo(sigma, within(1e-6));
        assertThat(fit.kappa().value()).isCloseTo(kappa, within(1e-8));
        assertThat(fit.throughputAt(8)).isCloseTo(points.get(3).throughput(), within(1e-3));
    }

    @Test
    void linearScalingHitsTheKappaBoundAndPredictsNoPeak() {
        List<FitPoint> points = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 4}) {
            points.add(new FitPoint(n, 100.0 * n / (1 + 0.1 * (n - 1)), 1));
        }
        UslFit fit = UslFit.fit(points);
        assertThat(fit.kappa().value()).isEqualTo(0);
        assertThat(fit.peakCores()).isEmpty();
        assertThat(fit.flags()).anyMatch(f -> f.startsWith("kappa hit its bound (0: no coherency delay"));
    }

    @Test
    void refusesFewerThanFourCoreCounts() {
        List<FitPoint> points = List.of(new FitPoint(1, 1, 0.1), new FitPoint(2, 2, 0.1), new FitPoint(2, 2.1, 0.1),
                new FitPoint(4, 3, 0.1));
        assertThatThrownBy(() -> UslFit.fit(points))
                .hasMessage("USL needs at least 4 core counts, this run has 3");
    }
}
