package corebench.sweep;

import java.util.List;
import java.util.Map;

/**
 * Start-up versus reuse in the sweep, at the top core count only (workers = cores): every model created,
 * used for one trivial task and closed ({@code cold}), against the same task on a running model
 * ({@code warm}). Single-shot operations, so each run takes little more than its fork's start. By default
 * {@code sequential} (nothing to start) and {@code parallel-stream} (the same ForkJoin pool as
 * {@code forkjoin}) are left out, recorded; the quick plan runs platform-pool, virtual and process-pool.
 */
final class StartupPlan implements WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.StartupBench.firstTask";
    private static final List<String> QUICK_MODELS = List.of("platform-pool", "virtual", "process-pool");
    private static final List<String> DEFAULT_MODELS = List.of("platform-pool", "thread-per-task", "virtual", "forkjoin",
            "process-pool", "process-per-task");

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "start-up vs reuse: create a model, run one trivial task, close it, against the same task on a warm model";
    }

    @Override
    public List<JmhRun> runs(StepContext step) {
        List<String> models = ModelChoice.pick(step, shortList(step));
        if (!step.top() || models.isEmpty()) {
            return List.of();
        }
        return List.of(new JmhRun(name(), name(), BENCHMARK, Map.of()).with("model", models)
                .with("workers", List.of(String.valueOf(step.cores()))).with("start", List.of("cold", "warm")));
    }

    @Override
    public List<SweepPlan.Skip> skipped(StepContext step) {
        return step.top() ? ModelChoice.leftOut(name(), step, shortList(step), ModelChoice.planName(step)) : List.of();
    }

    private static List<String> shortList(StepContext step) {
        return step.quick() ? QUICK_MODELS : DEFAULT_MODELS;
    }
}
