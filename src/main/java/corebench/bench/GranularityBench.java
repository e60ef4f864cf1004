package corebench.bench;

import corebench.model.ModelKind;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Granularity;
import corebench.workload.Reference;
import corebench.workload.Task;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Task granularity (see {@link Granularity}): one operation runs {@code tasks} tiny Monte Carlo tasks,
 * {@code chunkSize} per submission. The score is the time of the whole batch; the time per task is the
 * score divided by {@code tasks}. Every task's hit count must equal the sequential reference.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar GranularityBench.batch -p model=process-pool -p workers=2 -p chunkSize=1,100 -foe true
 * }</pre>
 */
public class GranularityBench extends BatchBench {

    /** Tasks per submission: 1 is a hand-off per task. */
    @Param({"1", "10", "100", "1000"})
    public int chunkSize;

    /** Tasks per batch (one operation). */
    @Param({"10000"})
    public int tasks;

    /** Monte Carlo samples per task (not {@code samples}, Monte Carlo's total, which {@code -P} would set too). */
    @Param({"10000"})
    public long taskSamples;

    /** The root seed. */
    @Param({"20261121"})
    public long seed;

    @Setup(Level.Trial)
    public void prepareTasks() {
        refuseUnless(Granularity.needs(tasks, chunkSize));
        List<Task> batch = Granularity.tasks(seed, tasks, taskSamples);
        useBatch(batch, Reference.of(batch), model + " with " + workers + " workers at chunk size " + chunkSize);
    }

    @Benchmark
    public long[] batch(Work.Tasks work) {
        work.tasksPerOp = tasks;
        return runBatch(chunkSize);
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.GranularityBench.batch";
    private static final List<String> QUICK_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL,
            ModelKind.PROCESS_POOL);

    /**
     * Task granularity in the sweep, at the top core count only (workers = cores): the hand-off cost per task is a
     * property of the model, measured where all cores are busy. Every model runs chunk sizes 1 and 100; models whose
     * workers are local JVMs run 1, 10, 100 and 1000 for the time-vs-chunk-size curve, remote ones 1, 100 and 1000
     * (their break-even), except the chunk sizes whose {@linkplain Granularity#needs needs} they fail (recorded).
     * {@code sequential} runs once: it ignores chunking. The quick plan runs platform-pool, virtual and process-pool
     * at 1 and 100. Where the pipe's model runs, {@link PipeBench} runs too: its baseline at chunk size 1.
     */
    public static final Workload WORKLOAD = new Workload("granularity", "task granularity: 10,000 tiny Monte Carlo tasks "
            + "at 1 to 1000 tasks per submission (cost per task)", GranularityBench::runs);

    private static List<RunStep.Run> runs(RunStep step) {
        List<RunStep.Run> runs = new ArrayList<>(step.sharingFit(step.pickAtTop(QUICK_MODELS, Models.ids()), model -> wanted(model, step.quick()),
                chunk -> Granularity.needs(Granularity.TASKS, Integer.parseInt(chunk)), "chunk size",
                (chunks, sharing) -> step.run("chunks-" + String.join("-", chunks), BENCHMARK).models(sharing)
                        .with("workers", step.workers()).with("chunkSize", chunks)));
        if (runs.stream().anyMatch(r -> r.params().get("model").contains(PipeBench.MODEL))) {
            runs.add(step.run("pipe", PipeBench.BENCHMARK).models(List.of(PipeBench.MODEL)).with("workers", List.of("1")));
        }
        return runs;
    }

    /** The chunk sizes the plan wants for a model, before the workload's limits. */
    private static List<String> wanted(String model, boolean quick) {
        ModelType type = Models.byId(model);
        if (type.has(Trait.SERIAL)) {
            return List.of("1");
        }
        if (!quick && type.has(Trait.REMOTE)) {
            return List.of("1", "100", "1000");
        }
        return !quick && type.has(Trait.JVM_PER_WORKER) ? List.of("1", "10", "100", "1000") : List.of("1", "100");
    }
}
