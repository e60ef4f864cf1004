package corebench.report.analysis;

import corebench.report.results.Estimate;
import java.util.List;

/**
 * Gustafson's law fitted to a weak-scaling curve (the work grows with the workers): the scaled speedup
 * {@code S(p) = p - alpha (p - 1)} with the serial fraction {@code alpha} in [0, 1]. As with
 * {@link AmdahlFit} the fit is on throughput, {@code X(p) = X1 (p - alpha (p - 1))}, with {@code X1} free.
 *
 * @param serialFraction    alpha with its 99.9% half-width
 * @param oneCoreThroughput the fitted X1
 * @param solution          the least-squares result
 * @param flags             why the fit may not be trusted (empty: no reason found)
 */
public record GustafsonFit(Estimate serialFraction, Estimate oneCoreThroughput, FitSolution solution,
                           List<String> flags) {

    private static final Curve CURVE = new Curve() {
        @Override
        public double value(double p, double[] a) {
            return a[0] * speedup(a[1], p);
        }

        @Override
        public double[] gradient(double p, double[] a) {
            return new double[] {speedup(a[1], p), -a[0] * (p - 1)};
        }
    };

    /** Fits at least two distinct core counts. */
    public static GustafsonFit fit(List<FitPoint> points) {
        FitPoint first = points.getFirst();
        List<double[]> starts = List.of(0.01, 0.3, 0.8).stream()
                .map(alpha -> new double[] {first.throughput() / speedup(alpha, first.cores()), alpha}).toList();
        FitSolution s = LeastSquares.fit(points, CURVE, new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY, 1},
                starts);
        List<String> flags = s.flags(new String[] {"X1", "alpha"}, new String[] {null,
                s.atBound()[1] < 0 ? "0: the work scales perfectly, or better (noise)" : "1: no scaled speed-up at all"});
        return new GustafsonFit(s.parameter(1), s.parameter(0), s, flags);
    }

    /** Gustafson's scaled speedup on p cores with serial fraction alpha. */
    public static double speedup(double alpha, double p) {
        return p - alpha * (p - 1);
    }

    /** The predicted scaled speedup on p cores, with its error. */
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
}
