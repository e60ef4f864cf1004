package corebench.report.results;

import java.util.Locale;

/**
 * A result's precision as the sweep recorded it ({@code precision} in jmh.json): the target for the
 * 99.9% half-width, what was reached, and how many attempts it took.
 *
 * @param targetPercent    the target half-width, per cent of the score
 * @param halfWidthPercent the half-width reached ({@code NaN}: JMH could not give one)
 * @param met              whether the result is within its target
 * @param attempts         JMH runs merged into the result (1: measured once)
 * @param stop             why the sweep stopped trying: {@code met}, {@code allowance spent}, {@code attempts}
 */
public record Precision(double targetPercent, double halfWidthPercent, boolean met, int attempts, String stop) {

    /** The target without a needless ".0": {@code 5%}, {@code 2.5%}. */
    public String target() {
        return (targetPercent == Math.rint(targetPercent) ? String.valueOf((long) targetPercent) : String.valueOf(targetPercent)) + "%";
    }

    /** The half-width reached to one decimal, {@code 12.5%}; {@code ?} when JMH could not give one. */
    public String reached() {
        return Double.isFinite(halfWidthPercent) ? String.format(Locale.ROOT, "%.1f%%", halfWidthPercent) : "?";
    }

    /** {@code 3 attempts}. */
    public String attemptsText() {
        return attempts + (attempts == 1 ? " attempt" : " attempts");
    }
}
