package corebench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Contention: the workers of a batch add the values 1..{@code adds} to one total, split evenly into one
 * task per worker, through a {@link ContentionStrategy}. Locks, atomics and adders put every add on the
 * same memory, so the total's cache line (or lock) is the serial part that Amdahl and Karp–Flatt measure;
 * the partial sums share nothing until the final reduction. The total must equal adds·(adds+1)/2
 * exactly after every batch.
 *
 * <p>Tasks are plain numbers, so a shared object cannot travel in one: a task names its total by a key,
 * and each JVM keeps a registry from keys to totals. The JVM that {@linkplain #open opens} a batch
 * registers its total, so its threads find it; a child JVM that receives a task gets
 * {@linkplain ContentionStrategy#attach its own handle} (a fresh partials array, or a mapping of the
 * shared file) or, for the strategies that need the parent's heap, a clear error. The sweep asks
 * {@link #needs} first and records those combinations as not run instead of scheduling them.
 * A child JVM keeps its handles until it exits: one small array or one mapped page per total it saw.
 */
public final class Contention implements AutoCloseable {
    /** Values added per batch by default: 2^22, some 20–200 ms of adds depending on the strategy. */
    public static final long ADDS = 1L << 22;
    /** The bound on {@code adds} (about √2^63) that keeps the total and the split between tasks inside a long. */
    public static final long MAX_ADDS = 3_037_000_499L;

    /** The bound on a kernel's {@code tasks}: a handle's size in a child JVM or member follows it. */
    public static final int MAX_TASKS = 1 << 16;
    /** Handles a child JVM or member keeps at most; beyond, they are dropped and attached again on use. */
    static final int MAX_ATTACHED = 64;

    /** The totals this JVM opened, by key. */
    private static final Map<Long, SharedTotal> TOTALS = new ConcurrentHashMap<>();
    /** Handles to totals other JVMs opened (a child's or a member's), by key; bounded by {@link #MAX_ATTACHED}. */
    private static final Map<Long, SharedTotal> ATTACHED = new ConcurrentHashMap<>();

    private final ContentionStrategy strategy;
    private final long key;
    private final SharedTotal total;
    private final List<Task> tasks;
    private final long expected;

    private Contention(ContentionStrategy strategy, long key, SharedTotal total, List<Task> tasks, long expected) {
        this.strategy = strategy;
        this.key = key;
        this.total = total;
        this.tasks = tasks;
        this.expected = expected;
    }

    /**
     * Creates and registers a total for {@code tasks} tasks that add 1..{@code adds} between them; close
     * it to unregister it (and delete its shared file).
     */
    public static Contention open(ContentionStrategy strategy, int tasks, long adds) {
        if (tasks < 1 || tasks > MAX_TASKS || adds < 1 || adds > MAX_ADDS) {
            throw new IllegalArgumentException("contention needs 1 <= tasks <= " + MAX_TASKS + " and 1 <= adds <= " + MAX_ADDS
                    + ", was tasks=" + tasks + ", adds=" + adds);
        }
        // Unique across the processes of a machine and not guessable: the key also names the mapped file.
        long key = SharedMemoryFile.newKey();
        while (TOTALS.containsKey(key)) {
            key = SharedMemoryFile.newKey();
        }
        List<Task> batch = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            long first = 1 + adds * i / tasks;
            long next = 1 + adds * (i + 1) / tasks;
            batch.add(new Task(Kernel.CONTENTION, strategy.wireId(), key, tasks, i, first, next - first));
        }
        SharedTotal total = strategy.create(key, tasks);
        TOTALS.put(key, total);
        long expected = adds % 2 == 0 ? (adds / 2) * (adds + 1) : adds * ((adds + 1) / 2);
        return new Contention(strategy, key, total, List.copyOf(batch), expected);
    }

    /**
     * The kernel: args (strategy wire id, total key, tasks, task index, first value, count). Adds the
     * values to the total the key names in this JVM, attaching to it on first use in a child JVM.
     */
    public static long add(long[] args) {
        ContentionStrategy strategy = ContentionStrategy.byWireId(args[0]);
        int tasks = Math.toIntExact(args[2]);
        if (tasks < 1 || tasks > MAX_TASKS || args[3] < 0 || args[3] >= tasks || args[5] < 0 || args[5] > MAX_ADDS) {
            throw new IllegalArgumentException("contention task out of bounds: tasks " + tasks + ", task " + args[3]
                    + ", count " + args[5]);
        }
        SharedTotal total = TOTALS.get(args[1]);
        if (total == null) {
            if (ATTACHED.size() >= MAX_ATTACHED && !ATTACHED.containsKey(args[1])) {
                // totals of earlier batches: a task of a live one attaches again
                ATTACHED.values().forEach(SharedTotal::close);
                ATTACHED.clear();
            }
            total = ATTACHED.computeIfAbsent(args[1], key -> strategy.attach(key, tasks));
        }
        return total.add(Math.toIntExact(args[3]), args[4], args[5]);
    }

    /** How many handles to other JVMs' totals this JVM keeps now. */
    static int attached() {
        return ATTACHED.size();
    }

    /**
     * What a model needs to run {@code strategy}: a child JVM has no access to an object in the parent's
     * heap, so only the strategies that {@linkplain ContentionStrategy#crossesProcesses cross processes} run
     * outside it, and the mapped total only where the tasks share this machine's memory. The sweep skips and
     * records the combinations that fail.
     */
    public static List<Need> needs(ContentionStrategy strategy) {
        if (strategy == ContentionStrategy.MAPPED_ATOMIC) {
            return List.of(Need.has(Trait.SHARED_MEMORY, "the mapped total is a file in this machine's memory; tasks that"
                    + " run elsewhere (on a cluster's members, other machines on a real one) cannot map it: only the"
                    + " partials, which travel back as results, work"));
        }
        if (!strategy.crossesProcesses()) {
            return List.of(Need.has(Trait.SHARED_HEAP, "the " + strategy.id() + " total is an object in the parent JVM's"
                    + " heap, out of reach of child JVMs; across processes only " + crossing() + " work"));
        }
        return List.of();
    }

    private static List<String> crossing() {
        return List.of(ContentionStrategy.values()).stream().filter(ContentionStrategy::crossesProcesses)
                .map(ContentionStrategy::id).toList();
    }

    /** The batch: one task per worker, each adding its share of 1..adds. */
    public List<Task> tasks() {
        return tasks;
    }

    /** adds·(adds+1)/2: what the total must be after a batch. */
    public long expectedTotal() {
        return expected;
    }

    /**
     * Zeroes the total, runs the batch one task per submission (so every worker adds at once) and returns
     * the total, after checking it is exactly {@link #expectedTotal()}.
     */
    public long run(TaskRunner model) {
        total.reset();
        long sum = total.total(model.run(tasks, 1));
        if (sum != expected) {
            throw new IllegalStateException(tasks.size() + " tasks, strategy " + strategy.id() + ": the total is " + sum
                    + ", expected " + expected);
        }
        return sum;
    }

    /** Unregisters the total and deletes its shared file, if it has one. */
    @Override
    public void close() {
        TOTALS.remove(key);
        total.close();
    }
}
