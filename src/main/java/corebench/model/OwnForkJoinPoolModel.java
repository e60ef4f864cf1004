package corebench.model;

import corebench.workload.Task;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The models that run a batch as one task in their own {@link ForkJoinPool} of {@code workers} threads
 * (never the common pool, whose size is the machine's, not the benchmark's).
 */
abstract class OwnForkJoinPoolModel implements ConcurrencyModel {
    private final int workers;
    private final ForkJoinPool pool;

    OwnForkJoinPoolModel(int workers) {
        this.workers = workers;
        this.pool = new ForkJoinPool(workers);
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] run(List<Task> tasks, int chunkSize) {
        long[] results = new long[tasks.size()];
        int submissions = Submissions.count(tasks.size(), chunkSize);
        if (submissions > 0) {
            ExecutorModel.Futures.await(pool.submit(batch(tasks, chunkSize, submissions, results)), kind(), 0, chunkSize);
        }
        return results;
    }

    /** The pool task that runs submissions {@code 0 .. submissions-1}, writing into {@code results}. */
    abstract ForkJoinTask<?> batch(List<Task> tasks, int chunkSize, int submissions, long[] results);

    @Override
    public void close() {
        pool.shutdownNow();
        pool.close();
    }
}
