package corebench.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which iterations of one fork count: those in its steady state (Barrett et al., "Virtual Machine Warmup
 * Blows Hot and Cold", OOPSLA 2017).
 *
 * <p>The fork's iteration series is cut into segments of constant mean by binary segmentation: a segment
 * is split where that lowers its sum of squared deviations the most, if by more than a penalty of
 * {@link #PENALTY_PER_LOG_N}{@code · ln(n) · σ²}. σ is first estimated from successive and second differences ({@link #noise}), then
 * from the deviations within the segments found, and the series segmented again with it, until the
 * segments stay the same (at most {@code MAX_PASSES} times). The longest segment (the later of equally
 * long ones) is the fork's steady state; every segment whose mean differs from it by less than
 * {@link Confidence#LEVEL}'s normal quantile times the standard error of the difference is the same state.
 * Iterations before the first such segment are warm-up; a different segment after it is a disturbance (a
 * burst, or a slowdown at the end); neither counts. A fork is <em>settled</em> when at least half its
 * iterations (and at least 2) count; one that is not (e.g. a fork that keeps drifting) never reached a steady
 * state and its mean is not used. Series shorter than {@link #MIN_ITERATIONS} cannot be checked: all of
 * their iterations count.
 *
 * @param counted   the iterations that count, in order
 * @param warmup    iterations dropped at the start
 * @param disturbed iterations dropped after the steady state began (bursts, or a short last segment)
 * @param checked   whether the series was long enough to check
 * @param settled   whether the fork reached a steady state
 * @param counts    for each iteration of the series, whether it counts
 */
public record SteadyState(double[] counted, int warmup, int disturbed, boolean checked, boolean settled, boolean[] counts) {

    /** Shorter series are taken as they are. */
    public static final int MIN_ITERATIONS = 4;
    /** The changepoint penalty in units of {@code ln(n) σ²}. */
    static final double PENALTY_PER_LOG_N = 6;
    /** Segmentations at most, each with σ from the segments of the one before. */
    private static final int MAX_PASSES = 5;
    /** z at {@link Confidence#LEVEL}, two-sided: the tolerance for two segments being one state. */
    private static final double Z = 3.2905267314919255;

    public SteadyState {
        counted = counted.clone();
        counts = counts.clone();
    }

    /** Every iteration of a series of {@code n} counts, or none. */
    private static boolean[] all(int n, boolean value) {
        boolean[] counts = new boolean[n];
        Arrays.fill(counts, value);
        return counts;
    }

    /** The steady state of one fork's iteration scores. */
    public static SteadyState of(double[] x) {
        int n = x.length;
        if (n < MIN_ITERATIONS) {
            return new SteadyState(x, 0, 0, false, n > 0, all(n, true));
        }
        double sigma = noise(x);
        if (!(sigma > 0)) {
            return new SteadyState(x, 0, 0, true, true, all(n, true));
        }
        List<int[]> segments = segments(x, sigma);
        for (int pass = 1; pass < MAX_PASSES; pass++) {
            double within = withinSegments(x, segments);
            if (!(within > 0)) {
                break;
            }
            sigma = within;
            List<int[]> again = segments(x, sigma);
            if (again.size() == segments.size()) {
                break;
            }
            segments = again;
        }
        int[] reference = segments.getFirst();
        for (int[] s : segments) {
            if (s[1] - s[0] >= reference[1] - reference[0]) {
                reference = s;
            }
        }
        if (reference[1] - reference[0] < 2) {
            return new SteadyState(new double[0], 0, n, true, false, all(n, false));
        }
        double referenceMean = mean(x, reference);
        int warmup = -1;
        List<Double> counted = new ArrayList<>();
        boolean[] counts = new boolean[n];
        for (int[] s : segments) {
            int length = s[1] - s[0];
            int refLength = reference[1] - reference[0];
            boolean same = Math.abs(mean(x, s) - referenceMean) <= Z * sigma * Math.sqrt(1.0 / length + 1.0 / refLength);
            if (same) {
                warmup = warmup < 0 ? s[0] : warmup;
                for (int i = s[0]; i < s[1]; i++) {
                    counted.add(x[i]);
                    counts[i] = true;
                }
            }
        }
        double[] values = counted.stream().mapToDouble(Double::doubleValue).toArray();
        boolean settled = values.length >= Math.max(2, n / 2);
        return new SteadyState(values, warmup, n - warmup - values.length, true, settled, counts);
    }

    /** The mean of the counted iterations. */
    public double mean() {
        return Samples.mean(counted);
    }

    /** What was dropped, e.g. {@code "2 warm-up, 1 disturbed of 10"}; empty when every iteration counts. */
    public String dropped(int iterations) {
        if (warmup == 0 && disturbed == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (warmup > 0) {
            parts.add(warmup + " warm-up");
        }
        if (disturbed > 0) {
            parts.add(disturbed + " disturbed");
        }
        return String.join(", ", parts) + " of " + iterations;
    }

    /**
     * A first estimate of the iteration noise σ: the smaller of two, each robust to something else.
     * Successive differences see a level shift or a burst only where it begins and ends; second
     * differences {@code x[i+1] - 2x[i] + x[i-1]} do not see a steady trend at all. Each is its median
     * absolute value over its Gaussian expectation ({@code 0.6745·√2·σ}, {@code 0.6745·√6·σ}), or with
     * fewer than 8 values, where a median is too coarse, its root mean square over {@code √2}, {@code √6}.
     * Too small a first estimate only splits more at first: the next pass takes σ from within the segments.
     */
    static double noise(double[] x) {
        return Math.min(differenceNoise(x, 1, 2), differenceNoise(x, 2, 6));
    }

    /** σ from the {@code order}-th differences, whose variance is {@code variance · σ²} for Gaussian noise. */
    private static double differenceNoise(double[] x, int order, double variance) {
        double[] d = x.clone();
        for (int k = 0; k < order; k++) {
            double[] next = new double[d.length - 1];
            for (int i = 0; i < next.length; i++) {
                next[i] = d[i + 1] - d[i];
            }
            d = next;
        }
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        if (abs.length >= 8) {
            double mad = Samples.median(abs) / (0.6744897501960817 * Math.sqrt(variance));
            if (mad > 0) {
                return mad;
            }
        }
        return Math.sqrt(Arrays.stream(abs).map(v -> v * v).sum() / abs.length / variance);
    }

    private static List<int[]> segments(double[] x, double sigma) {
        List<int[]> segments = new ArrayList<>();
        split(x, 0, x.length, PENALTY_PER_LOG_N * Math.log(x.length) * sigma * sigma, segments);
        segments.sort((a, b) -> Integer.compare(a[0], b[0]));
        return segments;
    }

    /** σ from the deviations from each segment's mean ({@code NaN} with fewer than 2 degrees of freedom). */
    private static double withinSegments(double[] x, List<int[]> segments) {
        double squares = 0;
        for (int[] s : segments) {
            double mean = mean(x, s);
            for (int i = s[0]; i < s[1]; i++) {
                squares += (x[i] - mean) * (x[i] - mean);
            }
        }
        int freedom = x.length - segments.size();
        return freedom >= 2 ? Math.sqrt(squares / freedom) : Double.NaN;
    }

    /** Binary segmentation of {@code x[from, to)} into {@code out}. */
    private static void split(double[] x, int from, int to, double penalty, List<int[]> out) {
        int n = to - from;
        double mean = mean(x, new int[] {from, to});
        double best = 0;
        int at = -1;
        double left = 0;
        for (int k = from + 1; k < to; k++) {
            left += x[k - 1] - mean;
            int nl = k - from;
            int nr = to - k;
            // the drop in the sum of squared deviations when [from, to) is cut at k
            double gain = left * left * n / ((double) nl * nr);
            if (gain > best) {
                best = gain;
                at = k;
            }
        }
        if (at < 0 || best <= penalty) {
            out.add(new int[] {from, to});
            return;
        }
        split(x, from, at, penalty, out);
        split(x, at, to, penalty, out);
    }

    private static double mean(double[] x, int[] segment) {
        double sum = 0;
        for (int i = segment[0]; i < segment[1]; i++) {
            sum += x[i];
        }
        return sum / (segment[1] - segment[0]);
    }
}
