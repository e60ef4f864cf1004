package corebench.sweep;

import corebench.model.ModelKind;
import corebench.bench.Fit;
import corebench.model.Models;
import corebench.workload.Contention;
import corebench.workload.ContentionStrategy;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Contention in the sweep, at every core count with workers = cores: the strategies' serial fraction
 * shows as speedup that stops (or reverses) with cores. Each model runs every strategy whose
 * {@linkplain Contention#needs needs} it meets; the others are recorded with the reason. By default
 * platform-pool stands for the in-JVM models (they share the same heap objects) and process-pool for the
 * process models; the quick plan runs them at the top core count only.
 */
final class ContentionPlan extends WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.ContentionBench.add";
    private static final List<String> SHORT_LIST = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.PROCESS_POOL);

    ContentionPlan() {
        super("contention", "contention: workers add to one total (synchronized, lock, atomic, adder, mapped atomic) vs partial sums");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        if (step.quick() && !step.top()) {
            return List.of();
        }
        // sequential has no workers to contend: it runs at one core only, as the uncontended baseline
        List<String> models = ModelChoice.pick(name(), step, SHORT_LIST, skips).stream()
                .filter(m -> step.cores() == 1 || !m.equals(ModelKind.SEQUENTIAL.id())).toList();
        for (String model : models) {
            for (ContentionStrategy s : ContentionStrategy.values()) {
                Fit.whyNot(Models.byId(model), Contention.needs(s)).ifPresent(reason ->
                        skips.accept(new SweepPlan.Skip(name(), model, "strategy " + s.id() + ": " + reason)));
            }
        }
        return sharing(models, model -> List.of(ContentionStrategy.values()).stream()
                        .filter(s -> Fit.runs(Models.byId(model), Contention.needs(s))).map(ContentionStrategy::id).toList(),
                (strategies, sharing) -> new JmhRun(name() + "-" + (strategies.size() == ContentionStrategy.values().length ? "all"
                        : String.join("-", strategies)), name(), BENCHMARK, Map.of()).with("model", sharing)
                        .with("workers", List.of(String.valueOf(step.cores()))).with("strategy", strategies));
    }
}
