package corebench.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every concurrency model by the name that appears in results and charts. Adding a model is one class
 * implementing {@link ConcurrencyModel} plus one constant here.
 */
public enum ModelKind {
    SEQUENTIAL("sequential", false, "everything in the calling thread: the baseline", SequentialModel::new),
    PLATFORM_POOL("platform-pool", false, "a fixed pool of platform threads (Executors.newFixedThreadPool)", PlatformPoolModel::new),
    THREAD_PER_TASK("thread-per-task", false, "a new platform Thread per submission, at most `workers` at once", ThreadPerTaskModel::new),
    VIRTUAL("virtual", false, "a virtual thread per submission, at most `workers` at once", VirtualThreadModel::new),
    FORKJOIN("forkjoin", false, "an own ForkJoinPool with RecursiveTask splitting", ForkJoinModel::new),
    PARALLEL_STREAM("parallel-stream", false, "a parallel stream run inside a ForkJoinPool of `workers`", ParallelStreamModel::new),
    PROCESS_POOL("process-pool", true, "`workers` child JVMs started once and reused, fed pipelined frames over their stdin", ProcessPoolModel::new),
    PROCESS_PER_TASK("process-per-task", true, "a fresh child JVM per submission, at most `workers` at once", ProcessPerTaskModel::new),
    CLUSTER("cluster", true, "a Hazelcast cluster's executor: `workers` member JVMs on loopback (or a real cluster, sweep --cluster)", ClusterModel::new);

    private final String id;
    private final boolean usesChildProcesses;
    private final String description;
    private final IntFunction<ConcurrencyModel> factory;

    ModelKind(String id, boolean usesChildProcesses, String description, IntFunction<ConcurrencyModel> factory) {
        this.id = id;
        this.usesChildProcesses = usesChildProcesses;
        this.description = description;
        this.factory = factory;
    }

    /** The name used in results, charts and on the command line. */
    public String id() {
        return id;
    }

    /** Whether the model starts child JVMs. */
    public boolean usesChildProcesses() {
        return usesChildProcesses;
    }

    /** One line on what the model does. */
    public String description() {
        return description;
    }

    /** Creates the model with {@code workers} workers. */
    public ConcurrencyModel create(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        return factory.apply(workers);
    }

    /** The model with this name; the error lists the valid names. */
    public static ModelKind byId(String id) {
        for (ModelKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "'; models are " + ids());
    }

    /** Every model name, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ModelKind::id).toList();
    }
}
