package corebench.bench;

import corebench.model.ModelKind;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.model.QueueConsumers;
import corebench.workload.Reference;
import corebench.workload.Task;
import corebench.workload.Trait;
import corebench.workload.WorkQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.QueueBench.putAndJoin";
    /** Tasks per operation: 1000, except 100 of the ~1 ms tasks, so that an operation stays near 0.1 s. */
    static final int TASKS = 1000;
    private static final int LONG_TASKS = 100;
    private static final String LONG_SIZE = "400000";
    private static final String BOUND = "16";
    private static final String UNBOUNDED = String.valueOf(WorkQueue.UNBOUNDED);
    private static final String GRANULARITY_SIZE = "10000";
    private static final List<String> SIZES = List.of("500", GRANULARITY_SIZE, LONG_SIZE);
    /** The models of the curve against task size, and of the quick plan. */
    private static final List<String> CURVE_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.PROCESS_POOL);

    /** One queue at one capacity and task size. */
    private record Variant(String queue, String capacity, String taskSamples) {
    }

    /**
     * The work queue in the sweep, at the top core count only (workers = cores). By default: every model with
     * {@linkplain Trait#QUEUE_CONSUMERS queue consumers} on its own kind of queue (threads: a {@code LinkedBlockingQueue}
     * of capacity 16; local JVMs: their shared ring, bounded and unbounded; remote: the cluster's IQueue) at
     * granularity's 10,000 samples per task, so the two workloads compare task for task; the curve models also at 500
     * and 400,000 samples, the thread one also on every other JDK queue. The other combinations are recorded as left
     * out ({@code --models} runs them all). The quick plan runs the curve models at 10,000 samples.
     */
    public static final Workload WORKLOAD = new Workload("queue", "work queue: 1,000 Monte Carlo tasks (100 of ~1 ms) put "
            + "one by one on a shared queue, consumers get / task_done, producer joins", QueueBench::runs);

    private static List<RunStep.Run> runs(RunStep step) {
        if (!step.top()) {
            return List.of();
        }
        step.skipUnfit(step.models(), "", List.of(WorkQueue.CONSUMERS));
        List<String> chosen = RunStep.where(step.quick() ? step.skippingOnly(QueueBench::consumers).pick(CURVE_MODELS)
                : step.models(), Trait.QUEUE_CONSUMERS, true);
        if (!step.quick() && !step.userPicked()) {
            for (String model : chosen.stream().filter(m -> !CURVE_MODELS.contains(m)).toList()) {
                step.skip(model, "only " + variants(model, false, false).size() + " of its " + variants(model, false, true)
                        .size() + " queue x capacity x task size combinations are in the default plan, to keep it within"
                        + " its time budget; run them all with --workloads queue --models " + model);
            }
        }
        // variant → models, so that models sharing a variant share one JMH invocation
        Map<Variant, List<String>> byVariant = new LinkedHashMap<>();
        for (String model : chosen) {
            for (Variant v : variants(model, step.quick(), step.userPicked())) {
                byVariant.computeIfAbsent(v, k -> new ArrayList<>()).add(model);
            }
        }
        List<RunStep.Run> runs = new ArrayList<>();
        byVariant.forEach((v, models) -> runs.add(step.run(v.queue() + "-" + v.capacity() + "-" + v.taskSamples(), BENCHMARK)
                .models(models).with("workers", step.workers()).with("queue", List.of(v.queue()))
                .with("capacity", List.of(v.capacity()))
                .with("tasks", List.of(String.valueOf(v.taskSamples().equals(LONG_SIZE) ? LONG_TASKS : TASKS)))
                .with("taskSamples", List.of(v.taskSamples()))));
        return runs;
    }

    private static boolean consumers(String model) {
        return Models.byId(model).has(Trait.QUEUE_CONSUMERS);
    }

    /** What a model runs: all it can when {@code full}, else the default plan's (or the quick plan's) share. */
    private static List<Variant> variants(String model, boolean quick, boolean full) {
        List<Variant> all = new ArrayList<>();
        ModelType type = Models.byId(model);
        boolean threads = type.has(Trait.SHARED_HEAP);
        boolean curve = full || CURVE_MODELS.contains(model);
        for (String size : full || curve && !quick ? SIZES : List.of(GRANULARITY_SIZE)) {
            all.add(threads ? new Variant("linked", BOUND, size)
                    : new Variant(WorkQueue.OWN_QUEUE, type.has(Trait.REMOTE) ? UNBOUNDED : BOUND, size));
        }
        if (quick && !full) {
            return all;
        }
        if (threads && curve) {
            for (WorkQueue.Kind k : WorkQueue.Kind.values()) {
                for (String capacity : List.of(BOUND, UNBOUNDED)) {
                    Variant v = new Variant(k.id(), capacity, GRANULARITY_SIZE);
                    if (!all.contains(v) && WorkQueue.invalid(k.id(), Integer.parseInt(capacity)).isEmpty()) {
                        all.add(v);
                    }
                }
            }
        }
        if (!threads && !type.has(Trait.REMOTE)) {
            all.add(new Variant(WorkQueue.OWN_QUEUE, UNBOUNDED, GRANULARITY_SIZE));
        }
        return all;
    }
}
