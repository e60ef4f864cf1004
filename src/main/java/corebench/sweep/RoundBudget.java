package corebench.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What of a round the time budget pays for. Planned entries always run. Runs measured again ({@link Rounds.Why#AGAIN})
 * run one by one while what is left of the budget, after the planned rounds still to come, pays for them; extra
 * headline entries ({@link Rounds.Why#EXTRA}) run all together or not at all, when the plan allows rounds beyond it
 * and what is left then still pays for them. A run's cost is its measured round time when it has one ({@code cost}),
 * so a plan whose estimate reads low spends its reserve on the rounds it planned, not on more.
 *
 * @param budgetSeconds the sweep's budget; {@link Double#POSITIVE_INFINITY} for none
 * @param spentSeconds  the rounds' time so far
 * @param cost          the time of one round of a run at a step
 */
record RoundBudget(double budgetSeconds, double spentSeconds, ToDoubleFunction<Rounds.Entry> cost) {

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
                int toCome = Rounds.plannedFrom(run, plan.jmh(), round);
                left -= toCome == 0 ? 0 : toCome * cost.applyAsDouble(new Rounds.Entry(step, run, Rounds.Why.PLANNED));
            }
        }
        Set<Rounds.Entry> paid = new HashSet<>();
        int notPaid = 0;
        for (Rounds.Entry e : candidates) {
            if (e.why() == Rounds.Why.AGAIN) {
                double c = cost.applyAsDouble(e);
                if (c <= left) {
                    paid.add(e);
                    left -= c;
                } else {
                    notPaid++;
                }
            }
        }
        List<Rounds.Entry> extra = candidates.stream().filter(e -> e.why() == Rounds.Why.EXTRA).toList();
        if (moreRounds && !extra.isEmpty() && extra.stream().mapToDouble(cost).sum() <= left) {
            paid.addAll(extra);
        }
        List<Rounds.Entry> entries = new ArrayList<>();
        for (Rounds.Entry e : candidates) {
            if (e.why() == Rounds.Why.PLANNED || paid.contains(e)) {
                entries.add(e);
            }
        }
        return new Decision(List.copyOf(entries), notPaid);
    }
}
