package corebench.bench;

import corebench.workload.Reference;
import corebench.workload.Task;
import java.util.List;

/**
 * A benchmark whose operation runs one batch of tasks on the model and checks every task's result
 * against a reference computed at set-up, so that a model that loses, reorders or miscomputes a task
 * fails the run instead of producing a score.
 */
public abstract class BatchBench extends SamplingBench {
    private List<Task> batch;
    private long[] expected;
    private String who;

    /** Sets the batch and what each of its tasks must return; {@code who} names the run in errors. */
    protected void useBatch(List<Task> tasks, long[] reference, String who) {
        this.batch = tasks;
        this.expected = reference;
        this.who = who;
    }

    /** Runs the batch, {@code chunkSize} tasks per submission, and checks it. */
    protected long[] runBatch(int chunkSize) {
        long[] results = concurrency.run(batch, chunkSize);
        Reference.check(results, expected, who);
        return results;
    }
}
