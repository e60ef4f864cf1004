package corebench.bench;

import corebench.model.Models;
import corebench.model.QueueConsumers;
import corebench.workload.Reference;
import corebench.workload.Task;
import corebench.workload.WorkQueue;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The work queue (see {@link WorkQueue}): one operation puts {@code tasks} Monte Carlo tasks of
 * {@code taskSamples} samples on a queue shared with {@code workers} consumers started once per trial
 * ({@link QueueConsumers}), and ends when the producer's join returns. The time per task is the score
 * divided by {@code tasks}; every task's hit count must equal the sequential reference. Combinations
 * {@link QueueConsumers#whyNot} rules out are refused at set-up.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar QueueBench.putAndJoin -p model=platform-pool -p workers=2 -p queue=linked -p capacity=16 -foe true
 * }</pre>
 */
public class QueueBench extends SamplingBench {

    /** The JDK queue for thread consumers ({@code array}, {@code linked}, {@code transfer}, {@code synchronous}), {@code own} for child JVMs and the cluster. */
    @Param({"linked"})
    public String queue;

    /** The most tasks waiting in the queue; 0 is unbounded. */
    @Param({"16"})
    public int capacity;

    /** Tasks per operation, each its own item on the queue. */
    @Param({"1000"})
    public int tasks;

    /** Monte Carlo samples per task: 500 is ~1 µs of work, 10000 ~15 µs (granularity's tasks), 400000 ~0.6 ms. */
    @Param({"10000"})
    public long taskSamples;

    /** The root seed. */
    @Param({"20261121"})
    public long seed;

    private QueueConsumers consumers;
    private List<Task> batch;
    private long[] expected;

    @Override
    protected boolean usesTrialModel() {
        return false; // the consumers are the model here
    }

    @Setup(Level.Trial)
    public void startConsumers() {
        QueueConsumers.whyNot(Models.byId(model), queue, capacity).ifPresent(reason -> {
            throw new IllegalArgumentException("not run: " + reason);
        });
        batch = WorkQueue.tasks(seed, tasks, taskSamples);
        expected = Reference.of(batch);
        consumers = QueueConsumers.start(model, workers, queue, capacity, tasks);
    }

    @Benchmark
    public long[] putAndJoin(Work.Tasks work) {
        work.tasksPerOp = tasks;
        long[] results = consumers.run(batch);
        Reference.check(results, expected, model + " consumers (" + workers + ") on queue " + queue + " of capacity " + capacity);
        return results;
    }

    @TearDown(Level.Trial)
    public void stopConsumers() {
        if (consumers != null) {
            consumers.close();
        }
    }
}
