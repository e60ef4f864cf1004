package corebench.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A result's score and interval from what varies between repetitions: the forks (Kalibera &amp; Jones,
 * "Rigorous Benchmarking in Reasonable Time", ISMM 2013). Each fork's iterations are cut to its
 * {@link SteadyState}; the score is the mean of the settled forks' means and its half-width Student's
 * t over those fork means, {@code t(n-1) · s / √n}. Iterations are not pooled: cutting the same seconds
 * into more iterations adds no information about the next fork.
 *
 * <p>A result is <em>not claimed</em> (no interval, {@code halfWidth} {@code NaN}) when it has one fork
 * (nothing to tell fork-to-fork spread from), fewer than 2 settled forks, or settled forks that fall into
 * several {@link ForkModes modes}; its score is then the one settled fork's mean, the most populated mode's
 * mean (the fastest of equally populated ones), or without any settled fork the mean of every iteration.
 *
 * @param score     the score, in the rawData's unit
 * @param halfWidth the half-width of its interval at the level asked for; {@code NaN} when not claimed
 * @param forks     every fork in input order
 * @param modes     the modes of the settled forks (one when they agree; empty without settled forks)
 * @param unclaimed why the result is not claimed, or {@code null} when it is
 */
public record ScoreInterval(double score, double halfWidth, List<Fork> forks, List<ForkModes.Mode> modes,
                            Unclaimed unclaimed) {

    /**
     * One fork.
     *
     * @param round  its round: the result's recorded round number, else its position (1, 2, ...)
     * @param steady its steady state
     * @param iterations its measured iterations
     */
    public record Fork(int round, SteadyState steady, int iterations) {
        public double mean() {
            return steady.mean();
        }

        /** The standard error of its steady mean from its iterations ({@code NaN} for fewer than 2). */
        public double standardError() {
            return Samples.standardDeviation(steady.counted()) / Math.sqrt(steady.counted().length);
        }
    }

    /** Why a result is not claimed. */
    public enum Unclaimed {
        ONE_FORK("one fork: no fork-to-fork spread to build an interval from"),
        UNSETTLED("fewer than 2 forks reached a steady state"),
        MODES("its forks fall into separate modes");

        private final String text;

        Unclaimed(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public ScoreInterval {
        forks = List.copyOf(forks);
        modes = List.copyOf(modes);
    }

    /** The interval at {@link Confidence#LEVEL} of {@code rawData[fork][iteration]}, forks in order of their rounds. */
    public static ScoreInterval of(double[][] rawData, int[] rounds) {
        return of(rawData, rounds, Confidence.LEVEL);
    }

    /**
     * The interval at {@code level}.
     *
     * @param rounds each fork's round number, or {@code null} to number them 1, 2, ... in order
     */
    public static ScoreInterval of(double[][] rawData, int[] rounds, double level) {
        if (rounds != null && rounds.length != rawData.length) {
            throw new IllegalArgumentException(rounds.length + " round numbers for " + rawData.length + " forks");
        }
        List<Fork> forks = new ArrayList<>();
        for (int i = 0; i < rawData.length; i++) {
            forks.add(new Fork(rounds == null ? i + 1 : rounds[i], SteadyState.of(rawData[i]), rawData[i].length));
        }
        List<Fork> settled = forks.stream().filter(f -> f.steady().settled()).toList();
        double[] means = settled.stream().mapToDouble(Fork::mean).toArray();
        double[] errors = settled.stream().mapToDouble(Fork::standardError).toArray();
        List<ForkModes.Mode> modes = settled.isEmpty() ? List.of() : ForkModes.of(means, errors);
        if (settled.isEmpty()) {
            double[] all = java.util.Arrays.stream(rawData).flatMapToDouble(java.util.Arrays::stream).toArray();
            return new ScoreInterval(Samples.mean(all), Double.NaN, forks, modes,
                    rawData.length == 1 ? Unclaimed.ONE_FORK : Unclaimed.UNSETTLED);
        }
        if (rawData.length == 1) {
            return new ScoreInterval(means[0], Double.NaN, forks, modes, Unclaimed.ONE_FORK);
        }
        if (settled.size() < 2) {
            return new ScoreInterval(means[0], Double.NaN, forks, modes, Unclaimed.UNSETTLED);
        }
        if (modes.size() > 1) {
            return new ScoreInterval(main(modes).mean(), Double.NaN, forks, modes, Unclaimed.MODES);
        }
        return new ScoreInterval(Samples.mean(means), Confidence.halfWidth(means, level), forks, modes, null);
    }

    /** The most populated mode, the fastest of equally populated ones. */
    private static ForkModes.Mode main(List<ForkModes.Mode> modes) {
        return modes.stream().max(Comparator.comparingInt((ForkModes.Mode m) -> m.forks().size())
                .thenComparing(m -> -m.mean())).orElseThrow();
    }

    /**
     * The forks the score stands on, by position: the settled ones (those of the main mode when they fall into
     * several), or every fork when none settled.
     */
    public List<Integer> scoredForks() {
        List<Integer> settled = settledForks();
        if (settled.isEmpty()) {
            return java.util.stream.IntStream.range(0, forks.size()).boxed().toList();
        }
        return modes.size() > 1 ? main(modes).forks().stream().sorted().map(settled::get).toList() : settled;
    }

    /** The settled forks, by position: the forks {@link #modes} numbers, in the same order. */
    public List<Integer> settledForks() {
        List<Integer> settled = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            if (forks.get(i).steady().settled()) {
                settled.add(i);
            }
        }
        return settled;
    }

    /** Whether the result is claimed: an interval from at least 2 settled forks in one mode. */
    public boolean claimed() {
        return unclaimed == null;
    }

    /** The settled forks' steady means by round (for {@link PairedRatio}), in round order. */
    public Map<Integer, Double> roundMeans() {
        Map<Integer, Double> byRound = new LinkedHashMap<>();
        forks.stream().filter(f -> f.steady().settled()).sorted(Comparator.comparingInt(Fork::round))
                .forEach(f -> byRound.putIfAbsent(f.round(), f.mean()));
        return byRound;
    }

    /** The forks that never settled (their 1-based positions). */
    public List<Integer> unsettledForks() {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            if (!forks.get(i).steady().settled()) {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    /**
     * Why it is not claimed, in a sentence with the figures in {@code unit} (e.g. {@code "2 modes: 14.1 ms/op
     * (1 fork), 31.5 ms/op (2 forks)"}); empty when claimed.
     */
    public Optional<String> reason(String unit) {
        if (unclaimed == null) {
            return Optional.empty();
        }
        return Optional.of(switch (unclaimed) {
            case ONE_FORK -> unclaimed.text();
            case UNSETTLED -> unclaimed.text() + " (" + unsettledForks().size() + " of " + forks.size() + " never settled)";
            case MODES -> modes.size() + " modes: " + String.join(", ", modes.stream().map(m -> String.format(Locale.ROOT,
                    "%.3g %s (%d fork%s)", m.mean(), unit, m.forks().size(), m.forks().size() == 1 ? "" : "s")).toList());
        });
    }
}
