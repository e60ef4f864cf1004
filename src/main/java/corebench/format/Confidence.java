package corebench.format;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The confidence level of every interval corebench writes and reports (JMH's for {@code scoreError}),
 * and the Student-t quantile that turns a standard error into that interval's half-width.
 */
public final class Confidence {

    /** Two-sided level of {@code scoreError} and of every {@code ±} in the report. */
    public static final double LEVEL = 0.999;

    private Confidence() {
    }

    /** The two-sided Student-t quantile at {@link #LEVEL} for {@code n} samples ({@code n - 1} degrees of freedom). */
    public static double tQuantile(int n) {
        return tQuantile(n, LEVEL);
    }

    /** The two-sided Student-t quantile at {@code level} for {@code n >= 2} samples. */
    public static double tQuantile(int n, double level) {
        if (n < 2) {
            throw new IllegalArgumentException("a t quantile needs at least 2 samples, got " + n);
        }
        return new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /**
     * The half-width at {@code level} of the mean of {@code x}, Student's t over its values:
     * {@code t(n-1) * s / sqrt(n)}; {@code NaN} for fewer than 2 values.
     */
    public static double halfWidth(double[] x, double level) {
        if (x.length < 2) {
            return Double.NaN;
        }
        return tQuantile(x.length, level) * Samples.standardDeviation(x) / Math.sqrt(x.length);
    }
}
