package corebench.sweep;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The last step: each run's estimate ({@link PlanEstimate}) and its allowance, its share of the budget (infinite for
 * none) in proportion to its estimate and at least that, and the plan's {@link SweepPlan.Budget} record.
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
        List<PlanEstimate.Cost> costs = estimated.steps().stream().flatMap(step -> step.runs().stream().flatMap(run -> PlanEstimate
                .combinations(run).stream().map(combo -> PlanEstimate.cost(plan.jmh(), step.cores(), run, combo)))).toList();
        return estimated.mapRuns((step, run, skips) -> List.of(run.withTime(run.estimatedSeconds(), run.estimatedSeconds() * share)))
                .withBudget(new SweepPlan.Budget(Double.isFinite(budgetSeconds) ? budgetSeconds : 0, total,
                        plan.budget() == null ? List.of() : plan.budget().cuts(),
                        costs.stream().mapToInt(PlanEstimate.Cost::childJvms).max().orElse(0),
                        costs.stream().mapToInt(PlanEstimate.Cost::members).max().orElse(0),
                        costs.stream().mapToLong(PlanEstimate.Cost::bytes).max().orElse(0), resources.source(),
                        moreRounds && Double.isFinite(budgetSeconds)));
    }
}
