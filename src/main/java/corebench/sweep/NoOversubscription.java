package corebench.sweep;

import java.util.List;
import java.util.function.UnaryOperator;

/** The plan without its points of more workers than cores ({@code sweep --no-oversubscription}), recorded as skips. */
record NoOversubscription() implements UnaryOperator<SweepPlan> {
    @Override
    public SweepPlan apply(SweepPlan plan) {
        return plan.mapRuns((step, run, skips) -> {
            List<String> workers = run.params().getOrDefault("workers", List.of());
            List<String> kept = workers.stream().filter(w -> Integer.parseInt(w) <= step.cores()).toList();
            if (kept.size() < workers.size()) {
                skips.accept(new SweepPlan.Skip(run.workload(), run.modelList(),
                        run.name() + ": more workers than cores not run (--no-oversubscription)"));
            }
            return kept.isEmpty() ? List.of() : List.of(run.with("workers", kept));
        });
    }
}
