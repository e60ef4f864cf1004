package corebench.format;

import java.util.Arrays;

/** Plain summaries of a sample: mean, standard deviation, median. */
public final class Samples {

    private Samples() {
    }

    /** The arithmetic mean ({@code NaN} for no values). */
    public static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** The sample standard deviation ({@code n - 1} in the denominator; {@code NaN} for fewer than 2 values). */
    public static double standardDeviation(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (x.length - 1));
    }

    /** The median ({@code NaN} for no values). */
    public static double median(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
