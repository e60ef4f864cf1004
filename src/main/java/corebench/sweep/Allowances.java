package corebench.sweep;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The last step: each run's estimate ({@link PlanEstimate}) and its allowance, its share of the budget in
 * proportion to its estimate (at least the estimate), and the plan's {@link SweepPlan.Budget} record, with the cuts
 * {@link BudgetCuts} named.
 *
 * @param budgetSeconds the budget; {@link Double#POSITIVE_INFINITY} for none
 * @param resources     what the plan was admitted against
 * @param moreRounds    whether headline runs may take part in rounds beyond the plan's while the budget allows
 */
record Allowances(double budgetSeconds, Resources resources, boolean moreRounds) implements UnaryOperator<SweepPlan> {

    /** Every run with its estimate and no allowance yet. */
    static SweepPlan estimated(SweepPlan plan) {
        return plan.mapRuns((step, run, skips) -> List.of(run.withTime(PlanEstimate.runSeconds(plan.jmh(), step.cores(), run), 0)));
    }

    @Override
    public SweepPlan apply(SweepPlan plan) {
        SweepPlan estimated = estimated(plan);
        double total = estimated.estimatedSeconds();
        double share = Double.isFinite(budgetSeconds) && total > 0 ? Math.max(1, budgetSeconds / total) : 1;
        int peakJvms = 0;
        int peakMembers = 0;
        long peakBytes = 0;
        for (SweepPlan.Step step : estimated.steps()) {
            for (JmhRun run : step.runs()) {
                for (Map<String, String> combo : PlanEstimate.combinations(run)) {
                    PlanEstimate.Cost c = PlanEstimate.cost(plan.jmh(), step.cores(), run, combo);
                    peakJvms = Math.max(peakJvms, c.childJvms());
                    peakMembers = Math.max(peakMembers, c.members());
                    peakBytes = Math.max(peakBytes, c.bytes());
                }
            }
        }
        return estimated.mapRuns((step, run, skips) -> List.of(run.withTime(run.estimatedSeconds(), run.estimatedSeconds() * share)))
                .withBudget(new SweepPlan.Budget(Double.isFinite(budgetSeconds) ? budgetSeconds : 0, total,
                        plan.budget() == null ? List.of() : plan.budget().cuts(),
                        peakJvms, peakMembers, peakBytes, resources.source(), moreRounds && Double.isFinite(budgetSeconds)));
    }
}
