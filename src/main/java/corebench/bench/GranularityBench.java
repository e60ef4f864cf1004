package corebench.bench;

import corebench.workload.Granularity;
import corebench.workload.Reference;
import corebench.workload.Task;
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
}
