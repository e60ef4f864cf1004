package corebench.workload;

import java.util.Arrays;
import java.util.List;

/**
 * How the workers of the contention workload share one total, by the name that appears in results.
 * The first four share an object in one JVM's heap, so only threads of that JVM can use them; the
 * partials and the mapped atomic also work between processes (see {@link #crossesProcesses()}).
 */
public enum ContentionStrategy {
    SYNCHRONIZED(1, "synchronized", "a long guarded by a synchronized block",
            (key, tasks) -> new SharedTotal.Synchronized(), null),
    LOCK(2, "lock", "a long guarded by a ReentrantLock",
            (key, tasks) -> new SharedTotal.Locked(), null),
    ATOMIC(3, "atomic", "an AtomicLong",
            (key, tasks) -> new SharedTotal.Atomic(), null),
    ADDER(4, "adder", "a LongAdder",
            (key, tasks) -> new SharedTotal.Adder(), null),
    PARTIALS(5, "partials", "per-worker partial sums, padded against false sharing, reduced at the end (map-reduce)",
            (key, tasks) -> new SharedTotal.Partials(tasks), (key, tasks) -> new SharedTotal.Partials(tasks)),
    MAPPED_ATOMIC(6, "mapped-atomic", "an atomic add on a long in a memory-mapped file shared by every process",
            (key, tasks) -> MappedTotal.create(key), (key, tasks) -> MappedTotal.open(key));

    /** Makes the shared total of a batch from its key and task count. */
    interface Factory {
        SharedTotal make(long key, int tasks);
    }

    private final int wireId;
    private final String id;
    private final String description;
    private final Factory creator;
    /** How another JVM gets at a total this one created; null where it cannot. */
    private final Factory elsewhere;

    ContentionStrategy(int wireId, String id, String description, Factory creator, Factory elsewhere) {
        this.wireId = wireId;
        this.id = id;
        this.description = description;
        this.creator = creator;
        this.elsewhere = elsewhere;
    }

    /** The number that identifies the strategy in a task's arguments. */
    public int wireId() {
        return wireId;
    }

    /** The name used in results and on the command line. */
    public String id() {
        return id;
    }

    /** One line on what the workers share. */
    public String description() {
        return description;
    }

    /**
     * Whether a task can run in another process than the one holding the total: true for the partials
     * (each process adds into its own and the result travels back) and the mapped atomic (the memory is
     * shared); false where the total is an object in one JVM's heap.
     */
    public boolean crossesProcesses() {
        return elsewhere != null;
    }

    /** A new total, owned by the caller. */
    SharedTotal create(long key, int tasks) {
        return creator.make(key, tasks);
    }

    /**
     * This process's handle on a total created in another: a fresh partials array, or the mapped file.
     *
     * @throws IllegalStateException for strategies whose total cannot leave its JVM
     */
    SharedTotal attach(long key, int tasks) {
        if (elsewhere == null) {
            throw new IllegalStateException("the " + id + " total " + Long.toHexString(key) + " is an object in another"
                    + " JVM: strategy " + id + " works only with threads of the JVM that holds it");
        }
        return elsewhere.make(key, tasks);
    }

    /** The strategy with this name; the error lists the valid names. */
    public static ContentionStrategy byId(String id) {
        for (ContentionStrategy s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown contention strategy '" + id + "'; strategies are " + ids());
    }

    /** The strategy with this wire id, or an error naming it. */
    static ContentionStrategy byWireId(long wireId) {
        for (ContentionStrategy s : values()) {
            if (s.wireId == wireId) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown contention strategy wire id " + wireId);
    }

    /** Every strategy name, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ContentionStrategy::id).toList();
    }
}
