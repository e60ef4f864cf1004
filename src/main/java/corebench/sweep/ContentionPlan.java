package corebench.sweep;

import corebench.bench.Fit;
import corebench.model.Models;
import corebench.workload.Contention;
import corebench.workload.ContentionStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contention in the sweep, at every core count with workers = cores: the strategies' serial fraction
 * shows as speedup that stops (or reverses) with cores. Each model runs every strategy whose
 * {@linkplain Contention#needs needs} it meets; the others are recorded with the reason. By default
 * platform-pool stands for the in-JVM models (they share the same heap objects) and process-pool for the
 * process models; the quick plan runs them at the top core count only.
 */
final class ContentionPlan implements WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.ContentionBench.add";
    private static final List<String> SHORT_LIST = List.of("platform-pool", "process-pool");

    @Override
    public String name() {
        return "contention";
    }

    @Override
    public String description() {
        return "contention: workers add to one total (synchronized, lock, atomic, adder, mapped atomic) vs partial sums";
    }

    @Override
    public List<JmhRun> runs(StepContext step) {
        if (step.quick() && !step.top()) {
            return List.of();
        }
        // strategy list → models, so that models sharing a list share one JMH invocation
        Map<List<String>, List<String>> byStrategies = new LinkedHashMap<>();
        for (String model : models(step)) {
            List<String> strategies = List.of(ContentionStrategy.values()).stream()
                    .filter(s -> Fit.runs(Models.byId(model), Contention.needs(s))).map(ContentionStrategy::id).toList();
            byStrategies.computeIfAbsent(strategies, s -> new ArrayList<>()).add(model);
        }
        List<JmhRun> runs = new ArrayList<>();
        byStrategies.forEach((strategies, models) -> runs.add(new JmhRun(
                name() + "-" + (strategies.size() == ContentionStrategy.values().length ? "all" : String.join("-", strategies)),
                name(), BENCHMARK, Map.of()).with("model", models).with("workers", List.of(String.valueOf(step.cores())))
                .with("strategy", strategies)));
        return runs;
    }

    @Override
    public List<SweepPlan.Skip> skipped(StepContext step) {
        if (step.quick() && !step.top()) {
            return List.of();
        }
        List<SweepPlan.Skip> skips = new ArrayList<>(ModelChoice.leftOut(name(), step, SHORT_LIST, ModelChoice.planName(step)));
        for (String model : models(step)) {
            for (ContentionStrategy s : ContentionStrategy.values()) {
                Fit.whyNot(Models.byId(model), Contention.needs(s)).ifPresent(reason ->
                        skips.add(new SweepPlan.Skip(name(), model, "strategy " + s.id() + ": " + reason)));
            }
        }
        return skips;
    }

    /** sequential has no workers to contend: it runs at one core only, as the uncontended baseline. */
    private static List<String> models(StepContext step) {
        return ModelChoice.pick(step, SHORT_LIST).stream().filter(m -> step.cores() == 1 || !m.equals("sequential")).toList();
    }
}
