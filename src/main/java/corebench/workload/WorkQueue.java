package corebench.workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * The work-queue workload, the seeds' main pattern for handing out work: one producer puts
 * {@code tasks} Monte Carlo tasks on a shared queue, {@code workers} consumers take them one at a time
 * and mark each done, and an operation ends when the producer's join returns. Unlike a batch handed to a
 * model, every task is its own hand-off through the queue, so the time per task against the granularity
 * workload's at the same task size is what a shared queue costs against batching.
 *
 * <p>The tasks are Monte Carlo tasks of {@code samples} samples, task {@code i} seeded by (seed, i): every
 * consumer model must return the sequential reference's hits task by task. The queue is one of the JDK's
 * (for threads of one JVM: {@link Kind}), a {@link MappedWorkQueue} between JVMs, or Hazelcast's
 * {@code IQueue} in a cluster; {@code capacity} bounds it, 0 meaning unbounded.
 */
public final class WorkQueue {
    /** Capacity 0: the queue never makes the producer wait. */
    public static final int UNBOUNDED = 0;
    /** The queue of the models that do not run JDK queues (child JVMs, the cluster), as results name it. */
    public static final String OWN_QUEUE = "own";

    /** What every queue needs of its consumers: that they are long-lived. */
    public static final Need CONSUMERS = Need.has(Trait.QUEUE_CONSUMERS, "no long-lived consumers to share a queue: no second"
            + " thread, a worker per task, or a stream that cannot take from a queue being filled");

    /** The JDK queues consumer threads can share. */
    public enum Kind {
        /** {@link ArrayBlockingQueue}: one lock, a fixed array; bounded only. */
        ARRAY("array", true, false),
        /** {@link LinkedBlockingQueue}: separate put and take locks; bounded or not. */
        LINKED("linked", true, true),
        /** {@link LinkedTransferQueue}: lock-free, dual queue; unbounded only. */
        TRANSFER("transfer", false, true),
        /** {@link SynchronousQueue}: no room at all, every put waits for a take: a pure hand-off. */
        SYNCHRONOUS("synchronous", true, false);

        private final String id;
        private final boolean bounded;
        private final boolean unbounded;

        Kind(String id, boolean bounded, boolean unbounded) {
            this.id = id;
            this.bounded = bounded;
            this.unbounded = unbounded;
        }

        /** The name in results and on the command line. */
        public String id() {
            return id;
        }

        /** A new empty queue of this kind holding at most {@code capacity} tasks ({@link #UNBOUNDED}: no limit). */
        public BlockingQueue<Long> create(int capacity) {
            return switch (this) {
                case ARRAY -> new ArrayBlockingQueue<>(capacity);
                case LINKED -> capacity == UNBOUNDED ? new LinkedBlockingQueue<>() : new LinkedBlockingQueue<>(capacity);
                case TRANSFER -> new LinkedTransferQueue<>();
                case SYNCHRONOUS -> new SynchronousQueue<>();
            };
        }

        /** The kind with this id; the error lists the valid ones. */
        public static Kind byId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown queue '" + id + "'; queues are " + ids() + " or " + OWN_QUEUE);
        }

        /** Every id. */
        public static List<String> ids() {
            return Arrays.stream(values()).map(Kind::id).toList();
        }
    }

    private WorkQueue() {
    }

    /** {@code tasks} Monte Carlo tasks of {@code samples} samples each, task {@code i} seeded by (seed, i). */
    public static List<Task> tasks(long seed, int tasks, long samples) {
        return MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, seed, tasks * samples, samples);
    }

    /**
     * What the consumers of a queue must be: long-lived ({@link Trait#QUEUE_CONSUMERS}); threads of this JVM for a
     * JDK queue; other JVMs for {@link #OWN_QUEUE} (a ring in shared memory, or a cluster's IQueue, which is unbounded
     * here: a bound would be member configuration).
     */
    public static List<Need> needs(String queue, int capacity) {
        List<Need> needs = new ArrayList<>(List.of(CONSUMERS));
        if (!queue.equals(OWN_QUEUE)) {
            needs.add(Need.has(Trait.SHARED_HEAP, "consumers in other JVMs share their own queue (queue '" + OWN_QUEUE
                    + "': a ring in shared memory or Hazelcast's IQueue), not a JDK queue"));
            return needs;
        }
        needs.add(Need.lacks(Trait.SHARED_HEAP, "consumer threads of one JVM share a JDK queue: pick one of " + Kind.ids()));
        if (capacity != UNBOUNDED) {
            needs.add(Need.lacks(Trait.REMOTE, "the cluster's IQueue is unbounded here (a bound would be member configuration)"));
        }
        return needs;
    }

    /** Why a queue cannot hold a capacity, if it cannot, whoever consumes it. */
    public static Optional<String> invalid(String queue, int capacity) {
        if (capacity < 0) {
            return Optional.of("capacity " + capacity + " is negative (0 is unbounded)");
        }
        if (queue.equals(OWN_QUEUE)) {
            return Optional.empty();
        }
        Kind kind = Kind.byId(queue);
        if (capacity == UNBOUNDED && !kind.unbounded) {
            return Optional.of(queue + " is always bounded (synchronous: no room at all); run it at a capacity");
        }
        if (capacity != UNBOUNDED && !kind.bounded) {
            return Optional.of(queue + " is unbounded only; run it at capacity 0");
        }
        return Optional.empty();
    }
}
