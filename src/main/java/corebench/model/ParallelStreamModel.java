package corebench.model;

import corebench.workload.Task;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * A parallel stream over the submissions, run inside an own {@link ForkJoinPool} of {@code workers}
 * threads (a parallel stream started from a pool's task runs in that pool, not the common one).
 */
public final class ParallelStreamModel implements ConcurrencyModel {
    private final int workers;
    private final ForkJoinPool pool;

    public ParallelStreamModel(int workers) {
        this.workers = workers;
        this.pool = new ForkJoinPool(workers);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.PARALLEL_STREAM;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] run(List<Task> tasks, int chunkSize) {
        long[] results = new long[tasks.size()];
        int submissions = Submissions.count(tasks.size(), chunkSize);
        ExecutorModel.Futures.await(pool.submit(() -> IntStream.range(0, submissions).parallel()
                .forEach(s -> Submissions.runSubmission(tasks, chunkSize, s, results))), kind(), 0, chunkSize);
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        pool.close();
    }
}
