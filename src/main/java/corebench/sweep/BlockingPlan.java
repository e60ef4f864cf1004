package corebench.sweep;

import corebench.model.ModelKind;
import corebench.bench.Fit;
import corebench.model.Models;
import corebench.workload.Blocking;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Blocking tasks in the sweep, at the top core count only (waiting needs no cores): worker counts 16, 256
 * and 4096, far beyond the cores, for the thread models; the process models stop at
 * {@value Blocking#MAX_PROCESS_WORKERS} child JVMs (recorded). By default platform-pool and virtual stand
 * for the thread models and process-pool for the processes. Asked for by name, {@code sequential} gives
 * the one-worker point (a batch of {@value Blocking#TASKS} tasks takes 5.5 s, some 45 s per run, too much
 * for the default plan) and process-per-task, which starts a JVM for each 5 ms task (~1000 JVM starts per
 * batch), runs at 16. The quick plan runs platform-pool and virtual at 256 workers.
 */
final class BlockingPlan extends WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.BlockingBench.batch";
    private static final List<Integer> WORKERS = List.of(16, 256, 4096);
    private static final List<String> SHORT_LIST = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL, ModelKind.PROCESS_POOL);
    private static final List<String> QUICK_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL);

    BlockingPlan() {
        super("blocking", "blocking: 1,000 tasks that sleep 1-10 ms, at 1 to 4096 workers (throughput of waiting)");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        if (!step.top()) {
            return List.of();
        }
        List<String> models = ModelChoice.pick(name(), step, shortList(step), skips);
        for (String model : models) {
            for (int w : wanted(model, step.quick())) {
                Fit.whyNot(Models.byId(model), Blocking.needs(w)).ifPresent(reason ->
                        skips.accept(new SweepPlan.Skip(name(), model, "workers " + w + ": " + reason)));
            }
        }
        return sharing(models, model -> workers(model, step.quick()), (workers, sharing) -> new JmhRun(
                name() + "-workers-" + String.join("-", workers), name(), BENCHMARK, Map.of()).with("model", sharing)
                .with("workers", workers));
    }

    private static List<String> shortList(StepContext step) {
        return step.quick() ? QUICK_MODELS : SHORT_LIST;
    }

    /** sequential is the one-worker point; the others go far beyond the cores. */
    private static List<Integer> wanted(String model, boolean quick) {
        if (model.equals(ModelKind.SEQUENTIAL.id())) {
            return List.of(1);
        }
        return quick ? List.of(256) : WORKERS;
    }

    private static List<String> workers(String model, boolean quick) {
        return wanted(model, quick).stream().filter(w -> Fit.runs(Models.byId(model), Blocking.needs(w)))
                .map(String::valueOf).toList();
    }
}
