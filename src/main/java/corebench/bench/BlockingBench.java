package corebench.bench;

import corebench.workload.Blocking;
import corebench.workload.Task;
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
}
