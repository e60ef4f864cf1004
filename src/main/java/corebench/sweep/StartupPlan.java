package corebench.sweep;

import corebench.model.ModelKind;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Start-up versus reuse in the sweep, at the top core count only (workers = cores): every model created,
 * used for one trivial task and closed ({@code cold}, single-shot, several starts per shot), against the
 * same task on a running model ({@code warm}, average time over many submissions). Starts per shot: 10
 * for the models that start JVMs (~0.1-0.2 s each), 200 for the in-JVM ones (~0.1-1 ms each), so that
 * every shot lasts long enough to be timed well. By default {@code sequential} (nothing to start) and
 * {@code parallel-stream} (the same ForkJoin pool as {@code forkjoin}) are left out, recorded; the quick
 * plan runs platform-pool, virtual and process-pool.
 */
final class StartupPlan extends WorkloadPlan {
    static final String COLD = "corebench.bench.StartupBench.cold";
    static final String WARM = "corebench.bench.StartupBench.warm";
    private static final List<String> QUICK_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL, ModelKind.PROCESS_POOL);
    private static final List<String> DEFAULT_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.THREAD_PER_TASK,
            ModelKind.VIRTUAL, ModelKind.FORKJOIN, ModelKind.PROCESS_POOL, ModelKind.PROCESS_PER_TASK);
    private static final String JVM_STARTS = "10";
    private static final String THREAD_STARTS = "200";
    private static final double THREAD_START_SECONDS = 0.3e-3;

    StartupPlan() {
        super("startup", "start-up vs reuse: create a model, run one trivial task, close it, against the same task on a warm model");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        if (!step.top()) {
            return List.of();
        }
        List<String> models = ModelChoice.pick(name(), step, shortList(step), skips);
        if (models.isEmpty()) {
            return List.of();
        }
        List<JmhRun> runs = new ArrayList<>();
        List<String> jvms = StepContext.where(models, Trait.JVM_PER_WORKER, true);
        List<String> threads = StepContext.where(models, Trait.JVM_PER_WORKER, false);
        cold(runs, step, "threads", threads, THREAD_STARTS);
        cold(runs, step, "jvms", jvms, JVM_STARTS);
        runs.add(new JmhRun(name() + "-warm", name(), WARM, Map.of()).with("model", models)
                .with("workers", List.of(String.valueOf(step.cores()))));
        return runs;
    }

    /**
     * Whether a run is the cold starts of the in-JVM models: single shots of ~10-60 ms, so each round gives it
     * {@link Rounds#SHORT_SHOT_FACTOR} times the plan's shots ({@link Rounds#invocation}).
     */
    static boolean shortShots(JmhRun run) {
        return run.benchmark().equals(COLD) && run.params().getOrDefault("starts", List.of()).equals(List.of(THREAD_STARTS));
    }

    /** A short shot's estimated time: its starts at ~0.3 ms each (reference run: 0.06-0.29 ms per start). */
    static double shortShotSeconds() {
        return Integer.parseInt(THREAD_STARTS) * THREAD_START_SECONDS;
    }

    private void cold(List<JmhRun> runs, StepContext step, String suffix, List<String> models, String starts) {
        if (!models.isEmpty()) {
            runs.add(new JmhRun(name() + "-cold-" + suffix, name(), COLD, Map.of()).with("model", models)
                    .with("workers", List.of(String.valueOf(step.cores()))).with("starts", List.of(starts)));
        }
    }

    private static List<String> shortList(StepContext step) {
        return step.quick() ? QUICK_MODELS : DEFAULT_MODELS;
    }
}
