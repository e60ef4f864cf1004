package corebench.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What of a round the time budget pays for. Planned entries always run. Runs measured again ({@link Rounds.Why#AGAIN})
 * run one by one while what is left after the planned rounds to come pays for them; extra headline entries
 * ({@link Rounds.Why#EXTRA}) run all together or not at all, when the plan allows and what is left pays. A run's cost
 * is its measured round time when it has one, weighed with a {@link #MARGIN} for a slower next round.
 *
 * @param budgetSeconds the sweep's budget; {@link Double#POSITIVE_INFINITY} for none
 * @param spentSeconds  the rounds' time so far
 * @param cost          the time of one round of a run at a step
 */
record RoundBudget(double budgetSeconds, double spentSeconds, ToDoubleFunction<Rounds.Entry> cost) {
    /** What each cost is raised by before it is weighed. */
    static final double MARGIN = 0.1;

    /** The entries of the round that run, in the candidates' order, and how many runs the budget did not pay for. */
    record Decision(List<Rounds.Entry> entries, int notPaid) {
    }

    /**
     * @param candidates {@link Rounds#of} for this round
     * @param moreRounds whether the plan lets headline runs go on beyond their planned rounds
     */
    Decision of(SweepPlan plan, int round, List<Rounds.Entry> candidates, boolean moreRounds) {
        double left = budgetSeconds - spentSeconds;
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                int toCome = Math.max(0, Rounds.planned(run, plan.jmh()) - round + 1); // this round included
                left -= toCome == 0 ? 0 : toCome * weighed(new Rounds.Entry(step, run, Rounds.Why.PLANNED));
            }
        }
        Set<Rounds.Entry> paid = new HashSet<>();
        int notPaid = 0;
        for (Rounds.Entry e : candidates) {
            if (e.why() == Rounds.Why.AGAIN) {
                double c = weighed(e);
                if (c <= left) {
                    paid.add(e);
                    left -= c;
                } else {
                    notPaid++;
                }
            }
        }
        List<Rounds.Entry> extra = candidates.stream().filter(e -> e.why() == Rounds.Why.EXTRA).toList();
        if (moreRounds && !extra.isEmpty() && extra.stream().mapToDouble(this::weighed).sum() <= left) {
            paid.addAll(extra);
        }
        return new Decision(candidates.stream().filter(e -> e.why() == Rounds.Why.PLANNED || paid.contains(e)).toList(), notPaid);
    }

    private double weighed(Rounds.Entry e) {
        return cost.applyAsDouble(e) * (1 + MARGIN);
    }
}
