package corebench.sweep;

import corebench.model.ModelKind;
import corebench.bench.Fit;
import corebench.bench.PipeBench;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Trait;
import corebench.workload.Granularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Task granularity in the sweep, at the top core count only (workers = cores): the hand-off cost per task
 * is a property of the model, measured where all cores are busy. Every model runs chunk sizes 1 and 100;
 * the models whose workers are local JVMs (the case of Python's ProcessPoolExecutor) run 1, 10, 100 and
 * 1000 for the time-vs-chunk-size curve, except the chunk sizes whose {@linkplain Granularity#needs needs}
 * they fail (a JVM per submission: more than {@value Granularity#MAX_CHILD_STARTS} JVMs per batch, all but
 * 1000), which are recorded as not run.
 * {@code sequential} runs once: it ignores chunking. Remote models ({@code cluster}) run 1, 100 and 1000: a submission
 * costs it some 0.15-0.3 ms, under 5% only for submissions of several milliseconds, which chunk size 1000
 * (~25 ms) shows, so the chart makes its break-even visible. The quick plan runs platform-pool, virtual
 * and process-pool at 1 and 100.
 *
 * <p>Where {@code process-pool} runs, the raw pipe round trip it is built on runs too, in the same step:
 * {@code PipeBench} (8-byte frames to one child JVM and back, pipelined), the baseline of its cost per
 * task at chunk size 1.
 */
final class GranularityPlan extends WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.GranularityBench.batch";
    static final String PIPE = "corebench.bench.PipeBench.roundTrips";
    private static final List<String> TWO = List.of("1", "100");
    private static final List<String> FOUR = List.of("1", "10", "100", "1000");
    private static final List<String> CLUSTER_CHUNKS = List.of("1", "100", "1000");
    private static final List<String> QUICK_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL, ModelKind.PROCESS_POOL);

    GranularityPlan() {
        super("granularity", "task granularity: 10,000 tiny Monte Carlo tasks at 1 to 1000 tasks per submission (cost per task)");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        if (!step.top()) {
            return List.of();
        }
        List<String> shortList = step.quick() ? QUICK_MODELS : Models.ids();
        List<String> models = ModelChoice.pick(name(), step, shortList, skips);
        for (String model : models) {
            for (String chunk : wanted(model, step.quick())) {
                Fit.whyNot(Models.byId(model), Granularity.needs(Granularity.TASKS, Integer.parseInt(chunk)))
                        .ifPresent(reason -> skips.accept(new SweepPlan.Skip(name(), model, "chunk size " + chunk + ": " + reason)));
            }
        }
        List<JmhRun> runs = new ArrayList<>(sharing(models, model -> chunkSizes(model, step.quick()),
                (chunks, sharing) -> new JmhRun(name() + "-chunks-" + String.join("-", chunks), name(), BENCHMARK, Map.of())
                        .with("model", sharing).with("workers", List.of(String.valueOf(step.cores()))).with("chunkSize", chunks)));
        if (runs.stream().anyMatch(r -> r.params().get("model").contains(PipeBench.MODEL))) {
            runs.add(new JmhRun(name() + "-pipe", name(), PIPE, Map.of()).with("model", List.of(PipeBench.MODEL))
                    .with("workers", List.of("1")));
        }
        return runs;
    }

    /** The chunk sizes the plan wants for a model, before the workload's limits. */
    private static List<String> wanted(String model, boolean quick) {
        if (model.equals(ModelKind.SEQUENTIAL.id())) {
            return List.of("1");
        }
        ModelType type = Models.byId(model);
        if (!quick && type.has(Trait.REMOTE)) {
            return CLUSTER_CHUNKS;
        }
        return !quick && type.has(Trait.JVM_PER_WORKER) ? FOUR : TWO;
    }

    /** The chunk sizes a model runs: those wanted that the workload does not rule out. */
    private static List<String> chunkSizes(String model, boolean quick) {
        return wanted(model, quick).stream().filter(c -> Fit.runs(Models.byId(model), Granularity.needs(Granularity.TASKS,
                Integer.parseInt(c)))).toList();
    }
}
