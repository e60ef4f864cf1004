package corebench.workload;

import java.nio.file.Path;
import java.util.List;

/**
 * A work queue that JVMs share: a ring buffer of task numbers in a {@link SharedLongs}, with the
 * seeds' {@code JoinableQueue} semantics across processes. One producer (the JVM that creates it)
 * {@linkplain #tryPut puts} task numbers; consumer JVMs {@linkplain #tryGet get} them, run the task the
 * number names in the file's task table, and mark it {@linkplain #taskDone done} with its result; the
 * producer's join waits until the done count reaches the tasks it put; a {@link #STOP} per consumer
 * ends them, like the seeds' "exit" task.
 *
 * <p>The ring is Vyukov's bounded multi-producer multi-consumer queue (here with one producer): every
 * slot has a sequence number that says whose turn it is (2p: free for the put of position p; 2p + 1:
 * holds it; doubled so that a ring of one slot can tell full from free), so a consumer claims a slot with
 * one compare-and-set on the shared head and nobody takes a lock. "Unbounded" means a ring as large as the
 * task table, so the producer never waits. Nobody blocks in the kernel either: whoever finds the ring
 * empty (or full) waits with {@link Backoff}. The file also holds, per task, its kernel and three
 * arguments (tasks are data), its result and a done flag (set once by compare-and-set: a second done is
 * counted as a duplicate, which the producer checks is zero), and per consumer the task in hand, so a
 * failure can say which task a dead consumer held.
 */
public final class MappedWorkQueue implements AutoCloseable {
    /** The task number that tells a consumer to leave. */
    public static final long STOP = -1;
    /** What {@link #tryGet} returns when the ring is empty. */
    public static final long EMPTY = -2;
    /** Arguments a task may have: Monte Carlo's three. */
    public static final int MAX_ARGS = 3;

    private static final long MAGIC = 0x4342_5155_4555_4531L; // "CBQUEUE1"
    private static final int LINE = 8; // longs per 64-byte cache line: hot fields each get their own
    private static final int MAGIC_AT = 0;
    private static final int CAPACITY_AT = 1;
    private static final int MAX_TASKS_AT = 2;
    private static final int CONSUMERS_AT = 3;
    private static final int HEAD_AT = LINE;
    private static final int TAIL_AT = 2 * LINE;
    private static final int DONE_AT = 3 * LINE;
    private static final int DUPLICATES_AT = 4 * LINE;
    private static final int READY_AT = 5 * LINE;
    private static final int IN_HAND_AT = 6 * LINE;
    private static final int TASK_LONGS = 1 + MAX_ARGS;

    private final SharedLongs file;
    private final int capacity;
    private final int maxTasks;
    private final int consumers;
    private final int ringAt;
    private final int tasksAt;
    private final int resultsAt;
    private final int flagsAt;

    private MappedWorkQueue(SharedLongs file, int capacity, int maxTasks, int consumers) {
        this.file = file;
        this.capacity = capacity;
        this.maxTasks = maxTasks;
        this.consumers = consumers;
        this.ringAt = IN_HAND_AT + consumers * LINE;
        this.tasksAt = ringAt + 2 * capacity;
        this.resultsAt = tasksAt + TASK_LONGS * maxTasks;
        this.flagsAt = resultsAt + maxTasks;
    }

    /**
     * Creates the queue's file: a ring of {@code capacity} slots (0: as many as {@code maxTasks}, never
     * full), room for {@code maxTasks} tasks per batch, and {@code consumers} consumers.
     */
    public static MappedWorkQueue create(int capacity, int maxTasks, int consumers) {
        if (capacity < 0 || maxTasks < 1 || consumers < 1) {
            throw new IllegalArgumentException("bad work queue: capacity " + capacity + ", tasks " + maxTasks
                    + ", consumers " + consumers);
        }
        int slots = capacity == 0 ? maxTasks : capacity;
        long longs = IN_HAND_AT + (long) consumers * LINE + 2L * slots + (TASK_LONGS + 2L) * maxTasks;
        if (longs > Integer.MAX_VALUE / Long.BYTES) {
            throw new IllegalArgumentException("work queue too large: " + longs + " longs");
        }
        SharedLongs file = SharedLongs.create("queue", (int) longs);
        MappedWorkQueue q = new MappedWorkQueue(file, slots, maxTasks, consumers);
        file.set(CAPACITY_AT, slots);
        file.set(MAX_TASKS_AT, maxTasks);
        file.set(CONSUMERS_AT, consumers);
        for (int i = 0; i < slots; i++) {
            file.set(q.ringAt + 2 * i, 2L * i); // slot i awaits the put of position i
        }
        file.set(MAGIC_AT, MAGIC); // last: a consumer that sees it sees a ready ring
        return q;
    }

    /** Maps the queue a producer created, at {@code path}. */
    public static MappedWorkQueue open(Path path) {
        SharedLongs file = SharedLongs.open(path);
        if (file.longs() <= IN_HAND_AT || file.get(MAGIC_AT) != MAGIC) {
            throw new IllegalStateException(path + " is not a corebench work queue");
        }
        return new MappedWorkQueue(file, (int) file.get(CAPACITY_AT), (int) file.get(MAX_TASKS_AT), (int) file.get(CONSUMERS_AT));
    }

    /** The file, for the consumers' command line. */
    public Path path() {
        return file.path();
    }

    /** The ring's slots. */
    public int capacity() {
        return capacity;
    }

    /** The consumers it was made for. */
    public int consumers() {
        return consumers;
    }

    /**
     * Producer, between batches only (every task put so far done): writes the batch's task table and
     * clears the done count, flags and results. Task {@code i} of the batch is then task number {@code i}.
     */
    public void load(List<Task> tasks) {
        if (tasks.size() > maxTasks) {
            throw new IllegalArgumentException(tasks.size() + " tasks, the queue holds " + maxTasks + " per batch");
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            if (t.arity() > MAX_ARGS) {
                throw new IllegalArgumentException("task " + t + " has more than " + MAX_ARGS + " arguments");
            }
            int at = tasksAt + TASK_LONGS * i;
            file.set(at, t.kernel().wireId());
            for (int a = 0; a < MAX_ARGS; a++) {
                file.set(at + 1 + a, a < t.arity() ? t.arg(a) : 0);
            }
            file.set(resultsAt + i, 0);
            file.set(flagsAt + i, 0);
        }
        file.set(DUPLICATES_AT, 0);
        file.set(DONE_AT, 0);
    }

    /** Producer: puts {@code task} (a task number, or {@link #STOP}) if the ring has room; false if it is full. */
    public boolean tryPut(long task) {
        long pos = file.get(TAIL_AT);
        int slot = ringAt + 2 * (int) (pos % capacity);
        if (file.get(slot) != 2 * pos) {
            return false; // the consumer of position pos - capacity has not taken it yet
        }
        file.set(slot + 1, task);
        file.set(slot, 2 * pos + 1); // publishes the value: consumers read it after seeing this sequence
        file.set(TAIL_AT, pos + 1);
        return true;
    }

    /** Consumer: the next task number (or {@link #STOP}), or {@link #EMPTY} if there is none yet. */
    public long tryGet() {
        while (true) {
            long pos = file.get(HEAD_AT);
            int slot = ringAt + 2 * (int) (pos % capacity);
            long seq = file.get(slot);
            if (seq < 2 * pos + 1) {
                return EMPTY;
            }
            if (seq == 2 * pos + 1 && file.compareAndSet(HEAD_AT, pos, pos + 1)) {
                long task = file.get(slot + 1);
                file.set(slot, 2 * (pos + capacity)); // the slot is free for the put of position pos + capacity
                return task;
            }
            // another consumer took position pos first: try the next one
        }
    }

    /** Consumer {@code consumer} runs task {@code task} from the table, marks it in hand while it does, and returns its result. */
    public long run(int consumer, long task) {
        checkTask(task);
        checkConsumer(consumer);
        file.set(IN_HAND_AT + consumer * LINE, task + 1);
        int at = tasksAt + TASK_LONGS * (int) task;
        Kernel kernel = Kernel.byWireId((int) file.get(at));
        if (kernel == null) {
            throw new IllegalStateException("unknown kernel id " + file.get(at) + " for task " + task);
        }
        return kernel.run(new long[] {file.get(at + 1), file.get(at + 2), file.get(at + 3)});
    }

    /** Consumer: records the task's result and marks it done (the seeds' {@code task_done}). */
    public void taskDone(int consumer, long task, long result) {
        checkTask(task);
        checkConsumer(consumer);
        file.set(resultsAt + (int) task, result);
        if (!file.compareAndSet(flagsAt + (int) task, 0, 1)) {
            file.getAndAdd(DUPLICATES_AT, 1);
        }
        file.getAndAdd(DONE_AT, 1);
        file.set(IN_HAND_AT + consumer * LINE, 0);
    }

    /** Consumer: says it has mapped the queue and is about to take tasks. */
    public void consumerReady() {
        file.getAndAdd(READY_AT, 1);
    }

    /** Consumers that said they are ready. */
    public long ready() {
        return file.get(READY_AT);
    }

    /** Tasks marked done since the batch was loaded (a task done twice counts twice). */
    public long done() {
        return file.get(DONE_AT);
    }

    /** Dones of a task already done. */
    public long duplicates() {
        return file.get(DUPLICATES_AT);
    }

    /** Whether task {@code task} is marked done. */
    public boolean isDone(int task) {
        return file.get(flagsAt + task) != 0;
    }

    /** The result task {@code task} was marked done with. */
    public long result(int task) {
        return file.get(resultsAt + task);
    }

    /** The task consumer {@code consumer} holds, or -1 if none. */
    public long inHand(int consumer) {
        checkConsumer(consumer);
        return file.get(IN_HAND_AT + consumer * LINE) - 1;
    }

    private void checkTask(long task) {
        if (task < 0 || task >= maxTasks) {
            throw new IllegalStateException("task number " + task + " outside the queue's table of " + maxTasks);
        }
    }

    private void checkConsumer(int consumer) {
        if (consumer < 0 || consumer >= consumers) {
            throw new IllegalArgumentException("consumer " + consumer + " of a queue made for " + consumers);
        }
    }

    /** The producer deletes the file; consumers only let go of it. */
    @Override
    public void close() {
        file.close();
    }
}
