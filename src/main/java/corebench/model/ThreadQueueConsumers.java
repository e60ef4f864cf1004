package corebench.model;

import corebench.workload.JoinableQueue;
import corebench.workload.Task;
import corebench.workload.WorkQueue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Consumer threads of this JVM on a JDK queue ({@link JoinableQueue}): {@code workers} consumer loops
 * submitted once to the model's executor, a fixed pool of platform threads ({@code platform-pool}),
 * virtual threads ({@code virtual}) or an own {@link ForkJoinPool} ({@code forkjoin}), each taking task
 * numbers until it takes a stop. A task that throws is still marked done, so the join returns, and then
 * fails the batch with the task and its exception.
 */
final class ThreadQueueConsumers implements QueueConsumers {
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final ModelKind kind;
    private final int workers;
    private final JoinableQueue queue;
    private final ExecutorService executor;
    private final Duration timeout = BatchTimeout.configured();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile List<Task> batch;
    private volatile long[] results;
    private boolean closed;
    /** A batch timed out: consumers may be stuck, so close interrupts them instead of queueing stops. */
    private boolean stuck;

    ThreadQueueConsumers(ModelKind kind, int workers, WorkQueue.Kind queueKind, int capacity) {
        this.kind = kind;
        this.workers = workers;
        this.queue = new JoinableQueue(queueKind.create(capacity));
        this.executor = switch (kind) {
            case PLATFORM_POOL -> Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().name("corebench-consumer-", 0).factory());
            case VIRTUAL -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("corebench-consumer-", 0).factory());
            case FORKJOIN -> new ForkJoinPool(workers);
            default -> throw new IllegalArgumentException(kind.id() + " has no consumer threads");
        };
        for (int i = 0; i < workers; i++) {
            executor.execute(this::consume);
        }
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public int workers() {
        return workers;
    }

    /** The seeds' consumer loop: get, run, task_done, until a stop. */
    private void consume() {
        try {
            while (true) {
                long task = queue.get();
                if (task == JoinableQueue.STOP) {
                    return;
                }
                try {
                    results[(int) task] = batch.get((int) task).run();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, new ModelException(kind.id() + ": task " + task + " failed: " + e, e));
                } finally {
                    queue.taskDone();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        }
    }

    @Override
    public synchronized long[] run(List<Task> tasks) {
        if (closed) {
            throw new IllegalStateException(kind.id() + " consumers are closed");
        }
        long[] out = new long[tasks.size()];
        results = out;
        batch = tasks; // published to the consumers by the queue's put/take
        try {
            for (int i = 0; i < tasks.size(); i++) {
                queue.put(i);
            }
            if (!queue.join(timeout)) {
                stuck = true;
                throw new ModelException(kind.id() + ": " + queue.unfinished() + " of " + tasks.size()
                        + " tasks not done after " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException(kind.id() + ": interrupted while putting or joining", e);
        }
        RuntimeException failed = failure.getAndSet(null);
        if (failed != null) {
            throw failed;
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stuck) {
            executor.shutdownNow();
            return;
        }
        try {
            queue.stop(workers);
            executor.shutdown();
            if (!executor.awaitTermination(CLOSE_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                executor.shutdownNow();
                throw new ModelException(kind.id() + ": consumers still running " + CLOSE_GRACE.toSeconds() + " s after their stop");
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
