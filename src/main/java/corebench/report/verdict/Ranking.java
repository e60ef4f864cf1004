package corebench.report.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks contenders so that no model wins by noise. Going from the best figure down, a contender joins
 * the first rank whose leader (its best member) it is tied with ({@link Contender#tiedWith}: the 99.9%
 * interval of their per-round paired ratio holds 1); one tied with no leader starts a new rank and leads
 * it. So rank 1 holds every model the measurements cannot tell apart from the best, and a model below
 * rank 1 is measurably worse than the best. Contenders that are not claimed are not ranked: they follow
 * the ranked ones with rank {@link #NOT_RANKED}.
 */
public final class Ranking {

    /**
     * A contender with its rank.
     *
     * @param contender what was ranked
     * @param rank      1 for the best group, 2 for the next, ...
     */
    public record Ranked(Contender contender, int rank) {
    }

    /** The rank of a contender that is not claimed. */
    public static final int NOT_RANKED = 0;

    private Ranking() {
    }

    /** The contenders ranked, by rank then figure; {@code higherIsBetter} says which way the figure points. */
    static List<Ranked> of(List<Contender> contenders, boolean higherIsBetter) {
        Comparator<Contender> byValue = Comparator.comparingDouble(c -> c.figure().value());
        List<Contender> sorted = contenders.stream().filter(c -> c.claim().claimed())
                .sorted(higherIsBetter ? byValue.reversed() : byValue).toList();
        List<Contender> leaders = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        for (Contender c : sorted) {
            int rank = 0;
            while (rank < leaders.size() && !leaders.get(rank).tiedWith(c)) {
                rank++;
            }
            if (rank == leaders.size()) {
                leaders.add(c);
            }
            ranked.add(new Ranked(c, rank + 1));
        }
        List<Ranked> all = new ArrayList<>(ranked.stream().sorted(Comparator.comparingInt(Ranked::rank)).toList());
        contenders.stream().filter(c -> !c.claim().claimed()).sorted(higherIsBetter ? byValue.reversed() : byValue)
                .forEach(c -> all.add(new Ranked(c, NOT_RANKED)));
        return all;
    }
}
