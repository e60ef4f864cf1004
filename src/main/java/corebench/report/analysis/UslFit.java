package corebench.report.analysis;

import corebench.report.results.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gunther's Universal Scalability Law fitted to throughput:
 * {@code X(N) = lambda N / (1 + sigma (N - 1) + kappa N (N - 1))}, with contention {@code sigma} in
 * [0, 1] and coherency delay {@code kappa >= 0}. With {@code kappa > 0} throughput peaks at
 * {@code N* = sqrt((1 - sigma) / kappa)} and then falls. Three parameters need more than three points:
 * {@link #MIN_CORE_COUNTS}.
 *
 * @param lambda     the throughput of one worker without contention
 * @param sigma      the contention (serialisation) coefficient
 * @param kappa      the coherency (crosstalk) coefficient
 * @param peakCores  N*, absent when kappa is 0 (no peak: throughput approaches {@code lambda / sigma})
 * @param peakThroughput X(N*), absent with the peak
 * @param solution   the least-squares result
 * @param flags      why the fit may not be trusted (empty: no reason found)
 */
public record UslFit(Estimate lambda, Estimate sigma, Estimate kappa, Optional<Estimate> peakCores,
                     Optional<Estimate> peakThroughput, FitSolution solution, List<String> flags) {

    /** The fewest distinct core counts the USL is fitted to. */
    public static final int MIN_CORE_COUNTS = 4;

    private static final Curve CURVE = new Curve() {
        @Override
        public double value(double n, double[] a) {
            return a[0] * n / denominator(n, a);
        }

        @Override
        public double[] gradient(double n, double[] a) {
            double d = denominator(n, a);
            double x = a[0] * n / (d * d);
            return new double[] {n / d, -x * (n - 1), -x * n * (n - 1)};
        }
    };

    /** Fits at least {@link #MIN_CORE_COUNTS} distinct core counts. */
    public static UslFit fit(List<FitPoint> points) {
        long distinct = points.stream().mapToDouble(FitPoint::cores).distinct().count();
        if (distinct < MIN_CORE_COUNTS) {
            throw new IllegalArgumentException(needsMorePoints(distinct));
        }
        FitPoint first = points.getFirst();
        List<double[]> starts = new ArrayList<>();
        for (double sigma : new double[] {0.01, 0.1, 0.5}) {
            for (double kappa : new double[] {0, 1e-4, 1e-2}) {
                double[] a = {1, sigma, kappa};
                a[0] = first.throughput() * denominator(first.cores(), a) / first.cores();
                starts.add(a);
            }
        }
        FitSolution s = LeastSquares.fit(points, CURVE,
                new double[] {0, 0, 0}, new double[] {Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY}, starts);
        List<String> flags = s.flags(new String[] {"lambda", "sigma", "kappa"}, new String[] {null,
                s.atBound()[1] < 0 ? "0: no contention measured" : "1: fully serialised",
                "0: no coherency delay measured, so no peak is predicted"});
        boolean peaks = s.parameters()[2] > 0 && s.parameters()[1] < 1;
        return new UslFit(s.parameter(0), s.parameter(1), s.parameter(2),
                peaks ? Optional.of(s.derived(UslFit::peak)) : Optional.empty(),
                peaks ? Optional.of(s.derived(a -> CURVE.value(peak(a), a))) : Optional.empty(),
                s, flags);
    }

    /** The sentence a report shows instead of a USL fit. */
    public static String needsMorePoints(long coreCounts) {
        return "USL needs at least " + MIN_CORE_COUNTS + " core counts, this run has " + coreCounts;
    }

    /** The fitted throughput on n cores. */
    public double throughputAt(double n) {
        return CURVE.value(n, solution.parameters());
    }

    /** The 99.9% half-width of the fitted throughput at {@code n}, from the parameters' covariance. */
    public double throughputBandAt(double n) {
        return solution.derived(a -> CURVE.value(n, a)).error();
    }

    private static double peak(double[] a) {
        return Math.sqrt((1 - a[1]) / a[2]);
    }

    private static double denominator(double n, double[] a) {
        return 1 + a[1] * (n - 1) + a[2] * n * (n - 1);
    }
}
