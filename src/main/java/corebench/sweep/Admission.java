package corebench.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Leaves out every (model, workers) combination whose child JVMs or members would not fit {@code resources}
 * ({@link Resources#refusal}), splitting runs by model where needed, each left-out combination a skip. The sweep
 * admits each run again just before it starts, against what is free then.
 */
record Admission(Resources resources) implements UnaryOperator<SweepPlan> {
    @Override
    public SweepPlan apply(SweepPlan plan) {
        return plan.mapRuns((step, run, skips) -> parts(plan.jmh(), step, run, resources, skips));
    }

    /**
     * The parts of {@code run} that fit {@code resources}: the run itself if every combination fits, else one run
     * per model with the worker counts that fit (an estimated run's parts share its estimate and allowance).
     */
    static List<JmhRun> parts(SweepPlan.JmhSettings settings, SweepPlan.Step step, JmhRun run, Resources resources,
                              Consumer<SweepPlan.Skip> skips) {
        List<String> workers = run.params().getOrDefault("workers", List.of());
        boolean allFit = true;
        List<JmhRun> split = new ArrayList<>();
        for (String model : run.params().getOrDefault("model", List.of())) {
            List<String> fitting = new ArrayList<>();
            for (String w : workers) {
                Optional<String> refusal = resources.refusal(PlanEstimate.cost(settings, step.cores(), run, Map.of("model", model, "workers", w)));
                refusal.ifPresentOrElse(why -> skips.accept(new SweepPlan.Skip(run.workload(), model, run.name() + " at " + w
                        + " workers, " + step.cores() + " cores not run: " + why)), () -> fitting.add(w));
                allFit &= refusal.isEmpty();
            }
            if (!fitting.isEmpty()) {
                JmhRun part = new JmhRun(run.name() + "-" + model, run.workload(), run.benchmark(), run.params())
                        .with("model", List.of(model)).with("workers", fitting);
                if (run.estimatedSeconds() > 0) {
                    double estimate = PlanEstimate.runSeconds(settings, step.cores(), part);
                    part = part.withTime(estimate, run.allowanceSeconds() * estimate / run.estimatedSeconds());
                }
                split.add(part);
            }
        }
        return allFit ? List.of(run) : split;
    }
}
