package corebench.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whether the forks of one result fall into separate groups (modes), e.g. 14 ms and 31 ms: then their
 * mean is a figure no fork measured.
 *
 * <p>The fork means are sorted and cut at their widest gap when all hold: the upper side's lowest
 * mean is at least {@link #MODE_RATIO} times the lower side's highest; that ratio is at least the square
 * of the ratio spanned within either side (the groups are tighter than they are apart); and the gap is
 * wider than the forks' own iteration noise allows ({@link Confidence#LEVEL}'s normal quantile times the
 * combined standard error of the two fork means next to it). Each side is cut again the same way.
 */
public final class ForkModes {

    /** The smallest ratio between two modes' neighbouring fork means. */
    public static final double MODE_RATIO = 1.25;
    private static final double Z = 3.2905267314919255;

    /**
     * One mode.
     *
     * @param mean  the mean of its forks' means
     * @param forks the indices of its forks in the input, ascending
     */
    public record Mode(double mean, List<Integer> forks) {
    }

    private ForkModes() {
    }

    /**
     * The modes of forks with the given means and standard errors of those means ({@code NaN}: unknown,
     * then only the ratio and the range within each side decide), fastest (lowest) first.
     */
    public static List<Mode> of(double[] means, double[] standardErrors) {
        Integer[] order = new Integer[means.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> means[i]));
        List<Mode> modes = new ArrayList<>();
        cut(List.of(order), means, standardErrors, modes);
        return modes;
    }

    private static void cut(List<Integer> sorted, double[] means, double[] errors, List<Mode> out) {
        int at = -1;
        double widest = 0;
        for (int k = 1; k < sorted.size(); k++) {
            double gap = means[sorted.get(k)] - means[sorted.get(k - 1)];
            if (gap > widest) {
                widest = gap;
                at = k;
            }
        }
        if (at > 0 && separate(sorted, at, means, errors)) {
            cut(sorted.subList(0, at), means, errors, out);
            cut(sorted.subList(at, sorted.size()), means, errors, out);
            return;
        }
        double[] values = sorted.stream().mapToDouble(i -> means[i]).toArray();
        out.add(new Mode(Samples.mean(values), sorted.stream().sorted().toList()));
    }

    private static boolean separate(List<Integer> sorted, int at, double[] means, double[] errors) {
        double low = means[sorted.get(at - 1)];
        double high = means[sorted.get(at)];
        double gap = high - low;
        double within = Math.max(low / means[sorted.getFirst()], means[sorted.getLast()] / high);
        if (!(high / low >= Math.max(MODE_RATIO, within * within))) {
            return false;
        }
        double combined = Math.hypot(errors[sorted.get(at - 1)], errors[sorted.get(at)]);
        return !(gap <= Z * combined);
    }
}
