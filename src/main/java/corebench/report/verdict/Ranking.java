package corebench.report.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks contenders so that no model wins by noise. Going from the best figure down, a contender joins
 * the first rank whose leader (its best member) it overlaps, 99.9% interval against interval; one that
 * overlaps no leader starts a new rank and leads it. So rank 1 holds every model the measurements
 * cannot tell apart from the best, and a model below rank 1 is measurably worse than the best.
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

    private Ranking() {
    }

    /** The contenders ranked, by rank then figure; {@code higherIsBetter} says which way the figure points. */
    static List<Ranked> of(List<Contender> contenders, boolean higherIsBetter) {
        Comparator<Contender> byValue = Comparator.comparingDouble(c -> c.figure().value());
        List<Contender> sorted = contenders.stream().sorted(higherIsBetter ? byValue.reversed() : byValue).toList();
        List<Contender> leaders = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        for (Contender c : sorted) {
            int rank = 0;
            while (rank < leaders.size() && !leaders.get(rank).overlaps(c)) {
                rank++;
            }
            if (rank == leaders.size()) {
                leaders.add(c);
            }
            ranked.add(new Ranked(c, rank + 1));
        }
        return ranked.stream().sorted(Comparator.comparingInt(Ranked::rank)).toList();
    }
}
