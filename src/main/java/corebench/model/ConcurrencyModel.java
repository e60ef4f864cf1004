package corebench.model;

import corebench.workload.Task;
import corebench.workload.TaskRunner;
import java.util.List;

/**
 * A way of running tasks on cores: threads, virtual threads, ForkJoin, child processes, or none.
 *
 * <p>A model is created with a worker count (its parallelism), runs batches of tasks, and is closed;
 * closing releases every thread and child process it started. Consecutive tasks are grouped into
 * <em>submissions</em> of {@code chunkSize} tasks: one submission is one hand-off to a worker (one
 * executor submit, one ForkJoin leaf, one pipe frame, one child JVM), so the chunk size trades hand-off
 * cost against load balance.
 */
public interface ConcurrencyModel extends TaskRunner, AutoCloseable {

    /** Which model this is. */
    ModelType kind();

    /** The parallelism this model was created with. */
    int workers();

    /**
     * Runs every task, {@code chunkSize} consecutive tasks per submission, and returns the results in
     * task order.
     *
     * @throws ModelException if a task or a worker fails; the model stays usable where it can
     */
    @Override
    long[] run(List<Task> tasks, int chunkSize);

    /** Runs every task with the {@linkplain Submissions#defaultChunkSize default chunk size}. */
    default long[] run(List<Task> tasks) {
        return run(tasks, Submissions.defaultChunkSize(tasks.size(), workers()));
    }

    /** Stops every thread and process of the model; safe to call more than once. */
    @Override
    void close();
}
