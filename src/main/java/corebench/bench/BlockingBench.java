package corebench.bench;

import corebench.model.ModelKind;
import corebench.model.Models;
import corebench.workload.Blocking;
import corebench.workload.Task;
import corebench.workload.Trait;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Blocking tasks (see {@link Blocking}): one operation runs {@code tasks} tasks that each sleep 1–10 ms
 * and then count the hits of {@code taskSamples} Monte Carlo samples, one task per submission, so up to
 * {@code workers} wait at once. Throughput is {@code tasks} / score. Every task's hit count must equal
 * the reference.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar BlockingBench.batch -p model=virtual -p workers=4096 -foe true
 * }</pre>
 */
public class BlockingBench extends BatchBench {

    /** Tasks per batch: at one worker a batch takes tasks × 5.5 ms. */
    @Param({"1000"})
    public int tasks;

    /** Monte Carlo samples per task, the CPU work after the wait. */
    @Param({"1000"})
    public long taskSamples;

    /** The root seed: fixes each task's sleep and samples. */
    @Param({"20261121"})
    public long seed;

    @Setup(Level.Trial)
    public void prepareTasks() {
        refuseUnless(Blocking.needs(workers));
        List<Task> batch = Blocking.tasks(seed, tasks, taskSamples);
        useBatch(batch, Blocking.reference(batch), model + " with " + workers + " workers");
    }

    @Benchmark
    public long[] batch(Work.Tasks work) {
        work.tasksPerOp = tasks;
        return runBatch(1);
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.BlockingBench.batch";
    private static final List<String> SHORT_LIST = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL,
            ModelKind.PROCESS_POOL);
    private static final List<String> QUICK_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL);

    /**
     * Blocking tasks in the sweep, at the top core count only (waiting needs no cores): worker counts 16, 256 and
     * 4096, far beyond the cores, for the thread models; the process models stop at {@value Blocking#MAX_PROCESS_WORKERS}
     * child JVMs (recorded). By default platform-pool and virtual stand for the thread models and process-pool for the
     * processes. Asked for by name, {@code sequential} gives the one-worker point (some 45 s per run, too much for the
     * default plan). The quick plan runs platform-pool and virtual at 256 workers.
     */
    public static final Workload WORKLOAD = new Workload("blocking", "blocking: 1,000 tasks that sleep 1-10 ms, at 1 to "
            + "4096 workers (throughput of waiting)", BlockingBench::runs);

    private static List<RunStep.Run> runs(RunStep step) {
        return step.sharingFit(step.pickAtTop(QUICK_MODELS, SHORT_LIST), model -> wanted(model, step.quick()), w -> Blocking.needs(Integer.parseInt(w)),
                "workers", (workers, sharing) -> step.run("workers-" + String.join("-", workers), BENCHMARK).models(sharing)
                        .with("workers", workers));
    }

    /** A serial model is the one-worker point; the others go far beyond the cores. */
    private static List<String> wanted(String model, boolean quick) {
        if (Models.byId(model).has(Trait.SERIAL)) {
            return List.of("1");
        }
        return quick ? List.of("256") : List.of("16", "256", "4096");
    }
}
