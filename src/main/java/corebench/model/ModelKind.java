package corebench.model;

import corebench.worker.HostLimits;
import corebench.workload.Trait;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Every built-in concurrency model by the name that appears in results and charts, with what it is.
 * Adding a model is one class implementing {@link ConcurrencyModel} plus one constant here: its traits
 * decide which workloads it runs ({@code corebench.bench.Fit}); no plan, benchmark or report names it.
 */
public enum ModelKind implements ModelType {
    SEQUENTIAL("sequential", "everything in the calling thread: the baseline", SequentialModel::new,
            EnumSet.of(Trait.SHARED_HEAP, Trait.SHARED_MEMORY, Trait.SERIAL)),
    PLATFORM_POOL("platform-pool", "a fixed pool of platform threads (Executors.newFixedThreadPool)", PlatformPoolModel::new,
            Traits.PARTY_THREADS),
    THREAD_PER_TASK("thread-per-task", "a new platform Thread per submission, at most `workers` at once", ThreadPerTaskModel::new,
            Traits.IN_JVM),
    VIRTUAL("virtual", "a virtual thread per submission, at most `workers` at once", VirtualThreadModel::new,
            EnumSet.of(Trait.SHARED_HEAP, Trait.SHARED_MEMORY, Trait.QUEUE_CONSUMERS, Trait.TWO_PARTIES, Trait.VIRTUAL_THREADS)),
    FORKJOIN("forkjoin", "an own ForkJoinPool with RecursiveTask splitting", ForkJoinModel::new, Traits.CONSUMER_THREADS),
    PARALLEL_STREAM("parallel-stream", "a parallel stream run inside a ForkJoinPool of `workers`", ParallelStreamModel::new,
            Traits.IN_JVM),
    PROCESS_POOL("process-pool", "`workers` child JVMs started once and reused, fed pipelined frames over their stdin",
            ProcessPoolModel::new, EnumSet.of(Trait.SHARED_MEMORY, Trait.JVM_PER_WORKER, Trait.QUEUE_CONSUMERS, Trait.TWO_PARTIES)),
    PROCESS_PER_TASK("process-per-task", "a fresh child JVM per submission, at most `workers` at once", ProcessPerTaskModel::new,
            EnumSet.of(Trait.SHARED_MEMORY, Trait.JVM_PER_WORKER, Trait.JVM_PER_SUBMISSION)),
    CLUSTER("cluster", "a Hazelcast cluster's executor: `workers` member JVMs on loopback (or a real cluster, sweep --cluster)",
            ClusterModel::new, EnumSet.of(Trait.JVM_PER_WORKER, Trait.REMOTE, Trait.QUEUE_CONSUMERS));

    private final String id;
    private final String description;
    private final IntFunction<ConcurrencyModel> factory;
    private final Set<Trait> traits;

    ModelKind(String id, String description, IntFunction<ConcurrencyModel> factory, Set<Trait> traits) {
        this.id = id;
        this.description = description;
        this.factory = factory;
        this.traits = Set.copyOf(traits);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Trait> traits() {
        return traits;
    }

    @Override
    public ConcurrencyModel create(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (has(Trait.JVM_PER_WORKER) && !has(Trait.REMOTE)) {
            // all of them may run at once: refused before the first starts if the machine cannot hold them
            HostLimits.checkChildJvms(workers);
        }
        return factory.apply(workers);
    }

    /** The names of {@code kinds}, in that order. */
    public static List<String> ids(ModelKind... kinds) {
        return Arrays.stream(kinds).map(ModelKind::id).toList();
    }

    /** Trait sets that several constants share (an enum's constants cannot refer to its own static fields). */
    private static final class Traits {
        /** Threads of this JVM: they share its heap and, with it, this machine's memory. */
        static final Set<Trait> IN_JVM = EnumSet.of(Trait.SHARED_HEAP, Trait.SHARED_MEMORY);
        /** Threads of this JVM that can also stay up as a queue's consumers. */
        static final Set<Trait> CONSUMER_THREADS = EnumSet.of(Trait.SHARED_HEAP, Trait.SHARED_MEMORY, Trait.QUEUE_CONSUMERS);
        /** Consumer threads that can also be the two parties of a ping-pong. */
        static final Set<Trait> PARTY_THREADS = EnumSet.of(Trait.SHARED_HEAP, Trait.SHARED_MEMORY, Trait.QUEUE_CONSUMERS,
                Trait.TWO_PARTIES);
    }
}
