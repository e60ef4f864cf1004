package corebench.report.verdict;

import java.util.List;

/**
 * The verdict for one kind of work: which models are best at the most cores measured, the headline
 * figure, the models to avoid and why, and how far it scales.
 *
 * @param work     the kind of work, e.g. {@code CPU-bound (Monte Carlo, scalar)}
 * @param scenario the scenario it was read from (its label in the report)
 * @param cores    the core count the models are ranked at
 * @param figure   what is ranked, with its unit, e.g. {@code throughput (samples/s)}
 * @param ranking  every model ranked, best first; a shared rank means the measurements cannot tell them apart
 * @param standing {@link Wording#TIED}, {@link Wording#AHEAD} or {@link Wording#ALONE}'s words
 * @param avoid    one reason per model to avoid, from the data
 * @param scaling  how far it scales, or why the data cannot say
 * @param notes    models compared elsewhere (not at {@code cores}), figures without errors
 */
public record VerdictRow(String work, String scenario, int cores, String figure, List<Ranking.Ranked> ranking,
                         String standing, List<String> avoid, String scaling, List<String> notes) {

    public VerdictRow {
        ranking = List.copyOf(ranking);
        avoid = List.copyOf(avoid);
        notes = List.copyOf(notes);
    }

    /** {@code forkjoin, virtual (tied, ...)}: the models of rank 1 and the standing; the standing alone when none is ranked. */
    public String bestAndStanding() {
        return best().isEmpty() ? standing : String.join(", ", best()) + " (" + standing + ")";
    }

    /** The models of rank 1. */
    public List<String> best() {
        return ranking.stream().filter(r -> r.rank() == 1).map(r -> r.contender().label()).toList();
    }

    /** The leader's figure, e.g. {@code platform-pool: 1.87× ± 0.27 vs sequential (efficiency 94%)}. */
    public String headline() {
        Ranking.Ranked first = ranking.getFirst();
        Contender leader = first.contender();
        return (first.rank() == Ranking.NOT_RANKED ? "nothing claimed; e.g. " : "") + leader.label() + ": " + leader.shown();
    }
}
