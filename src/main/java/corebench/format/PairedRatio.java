package corebench.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ratio of two results from rounds paired: round r of the numerator with round r of the denominator, so
 * the two halves of each pair were measured close together and what disturbed a round disturbs both. The
 * ratio is that of the two means over the rounds in common, {@code R = mean(a) / mean(b)}; its half-width is
 * Student's t over the rounds times the standard error of the paired residuals {@code a_r - R·b_r}
 * ({@code sd / (√n · mean(b))}, the ratio estimator's delta method), so a disturbance both halves of a
 * round share cancels. With fewer than 2 rounds in common the ratio is that of all values' means and has no
 * interval.
 *
 * @param value     the ratio
 * @param halfWidth its half-width, {@code NaN} without an interval
 * @param rounds    how many rounds were paired
 */
public record PairedRatio(double value, double halfWidth, int rounds) {

    /** {@code numerator / denominator}, values by round, at {@link Confidence#LEVEL}. */
    public static PairedRatio of(Map<Integer, Double> numerator, Map<Integer, Double> denominator) {
        return of(numerator, denominator, Confidence.LEVEL);
    }

    /** {@code numerator / denominator}, values by round, at {@code level}. */
    public static PairedRatio of(Map<Integer, Double> numerator, Map<Integer, Double> denominator, double level) {
        List<double[]> pairs = new ArrayList<>();
        numerator.forEach((round, n) -> {
            Double d = denominator.get(round);
            if (d != null) {
                pairs.add(new double[] {n, d});
            }
        });
        if (pairs.size() < 2) {
            double n = Samples.mean(numerator.values().stream().mapToDouble(Double::doubleValue).toArray());
            double d = Samples.mean(denominator.values().stream().mapToDouble(Double::doubleValue).toArray());
            return new PairedRatio(n / d, Double.NaN, pairs.size());
        }
        double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double ratio = Samples.mean(a) / Samples.mean(b);
        double[] residuals = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            residuals[i] = a[i] - ratio * b[i];
        }
        double halfWidth = Confidence.halfWidth(residuals, level) / Math.abs(Samples.mean(b));
        return new PairedRatio(ratio, halfWidth, a.length);
    }

    /** Whether the interval is known. */
    public boolean hasInterval() {
        return Double.isFinite(halfWidth);
    }

    /**
     * Whether the two cannot be told apart: the interval contains 1, or there is no interval.
     */
    public boolean tie() {
        return !hasInterval() || Math.abs(value - 1) <= halfWidth;
    }
}
