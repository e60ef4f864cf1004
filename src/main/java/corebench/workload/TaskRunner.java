package corebench.workload;

import java.util.List;

/**
 * Whatever runs a batch of tasks: the one thing a workload asks of a concurrency model (which lives in
 * {@code corebench.model} and is driven by the benchmarks; workloads know only this).
 */
@FunctionalInterface
public interface TaskRunner {

    /**
     * Runs every task, {@code chunkSize} consecutive tasks per submission, and returns the results in
     * task order.
     */
    long[] run(List<Task> tasks, int chunkSize);
}
