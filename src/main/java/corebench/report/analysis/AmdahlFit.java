package corebench.report.analysis;

import corebench.report.results.Estimate;
import java.util.List;

/**
 * Amdahl's law fitted to a strong-scaling curve: {@code S(p) = 1 / (f + (1 - f) / p)} with the serial
 * fraction {@code f} in [0, 1].
 *
 * <p>The fit is done on throughput, {@code X(p) = X1 / (f + (1 - f) / p)}, with the one-core throughput
 * {@code X1} as a second free parameter, rather than on speedups: every speedup shares the one-core
 * measurement, so its error would enter every point, correlated; throughputs are independent
 * measurements and the fit weighs the one-core point like any other.
 *
 * @param serialFraction        f with its 99.9% half-width
 * @param oneCoreThroughput     the fitted X1
 * @param solution              the least-squares result (goodness of fit, covariance)
 * @param flags                 why the fit may not be trusted (empty: no reason found)
 */
public record AmdahlFit(Estimate serialFraction, Estimate oneCoreThroughput, FitSolution solution, List<String> flags) {

    private static final Curve CURVE = new Curve() {
        @Override
        public double value(double p, double[] a) {
            return a[0] / denominator(p, a[1]);
        }

        @Override
        public double[] gradient(double p, double[] a) {
            double d = denominator(p, a[1]);
            return new double[] {1 / d, -a[0] * (1 - 1 / p) / (d * d)};
        }
    };

    /** Fits at least two distinct core counts. */
    public static AmdahlFit fit(List<FitPoint> points) {
        FitPoint first = points.getFirst();
        List<double[]> starts = List.of(0.01, 0.2, 0.6).stream()
                .map(f -> new double[] {first.throughput() * denominator(first.cores(), f), f}).toList();
        FitSolution s = LeastSquares.fit(points, CURVE, new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY, 1},
                starts);
        List<String> flags = s.flags(new String[] {"X1", "f"}, new String[] {null,
                s.atBound()[1] < 0 ? "0: scales at least as well as perfectly parallel work, e.g. super-linear or noise"
                        : "1: no speed-up at all"});
        return new AmdahlFit(s.parameter(1), s.parameter(0), s, flags);
    }

    /** Amdahl's speedup on p cores with a serial fraction f. */
    public static double speedup(double f, double p) {
        return 1 / denominator(p, f);
    }

    /** The predicted speedup on p cores, with its error from f's. */
    public Estimate speedupAt(double p) {
        return solution.derived(a -> speedup(a[1], p));
    }

    /** The fitted throughput on p cores. */
    public double throughputAt(double p) {
        return CURVE.value(p, solution.parameters());
    }

    /** The 99.9% half-width of the fitted throughput at {@code p}, from the parameters' covariance. */
    public double throughputBandAt(double p) {
        return solution.derived(a -> CURVE.value(p, a)).error();
    }

    private static double denominator(double p, double f) {
        return f + (1 - f) / p;
    }
}
