package corebench.model;

import corebench.workload.Task;
import corebench.workload.WorkQueue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code workers} long-lived consumers sharing one work queue with a producer (the caller), the seeds'
 * {@code JoinableQueue} pattern: {@link #run} puts every task of a batch on the queue, one task per item,
 * and returns once the producer's join does; {@link #close} puts a stop per consumer and waits for them.
 * The queue workload's counterpart of {@link ConcurrencyModel}, whose batches arrive whole instead.
 */
public interface QueueConsumers extends AutoCloseable {

    /** Which model the consumers are. */
    ModelKind kind();

    /** How many consumers there are. */
    int workers();

    /**
     * Puts task {@code i} of {@code tasks} as item {@code i}, waits until every one is marked done, and
     * returns their results in task order.
     *
     * @throws ModelException if a task or a consumer fails, or the join waits longer than the batch timeout
     */
    long[] run(List<Task> tasks);

    /** Stops every consumer (one stop each) and releases what they ran on; safe to call more than once. */
    @Override
    void close();

    /** Why {@code model}'s consumers cannot run {@code queue} at {@code capacity}: the queue's own limit, then its needs. */
    static Optional<String> whyNot(ModelType model, String queue, int capacity) {
        return WorkQueue.invalid(queue, capacity).or(() -> model.whyNot(WorkQueue.needs(queue, capacity)));
    }

    /**
     * Starts the consumers of {@code model} on {@code queue} (see {@link #whyNot}) holding at
     * most {@code capacity} tasks (0: unbounded) and batches of up to {@code maxTasks} tasks.
     *
     * @throws IllegalArgumentException with the reason if the model cannot run this queue
     */
    static QueueConsumers start(String model, int workers, String queue, int capacity, int maxTasks) {
        ModelKind kind = Arrays.stream(ModelKind.values()).filter(k -> k.id().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + model + "'"));
        whyNot(kind, queue, capacity).ifPresent(reason -> {
            throw new IllegalArgumentException("not run: " + reason);
        });
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        return switch (kind) {
            case PROCESS_POOL -> new ProcessQueueConsumers(workers, capacity, maxTasks);
            case CLUSTER -> new ClusterQueueConsumers(workers);
            default -> new ThreadQueueConsumers(kind, workers, WorkQueue.Kind.byId(queue), capacity);
        };
    }
}
