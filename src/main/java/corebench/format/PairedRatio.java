package corebench.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ratio of two results from per-round paired ratios: round r of the numerator over round r of the
 * denominator, so the two halves of each ratio were measured close together and what disturbed a
 * round disturbs both; the ratio is the mean of the per-round ratios and its half-width Student's t
 * over them. With fewer than 2 rounds in common the ratio is that of the two means and has no interval.
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
        List<Double> ratios = new ArrayList<>();
        numerator.forEach((round, n) -> {
            Double d = denominator.get(round);
            if (d != null) {
                ratios.add(n / d);
            }
        });
        if (ratios.size() < 2) {
            double n = Samples.mean(numerator.values().stream().mapToDouble(Double::doubleValue).toArray());
            double d = Samples.mean(denominator.values().stream().mapToDouble(Double::doubleValue).toArray());
            return new PairedRatio(n / d, Double.NaN, ratios.size());
        }
        double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        return new PairedRatio(Samples.mean(r), Confidence.halfWidth(r, level), r.length);
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
