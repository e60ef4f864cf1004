package corebench.model;

import corebench.workload.Task;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * An own {@link ForkJoinPool} of {@code workers} threads; a batch is one {@link RecursiveAction} that
 * splits its range of submissions in halves until one submission is left, so idle workers steal.
 */
public final class ForkJoinModel implements ConcurrencyModel {
    private final int workers;
    private final ForkJoinPool pool;

    public ForkJoinModel(int workers) {
        this.workers = workers;
        this.pool = new ForkJoinPool(workers);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.FORKJOIN;
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
            ExecutorModel.Futures.await(pool.submit(new Split(tasks, chunkSize, 0, submissions, results)), kind(), 0, chunkSize);
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        pool.close();
    }

    /** Submissions {@code from .. to-1}, split in halves down to one. */
    private static final class Split extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient List<Task> tasks;
        private final int chunkSize;
        private final int from;
        private final int to;
        private final long[] results;

        Split(List<Task> tasks, int chunkSize, int from, int to, long[] results) {
            this.tasks = tasks;
            this.chunkSize = chunkSize;
            this.from = from;
            this.to = to;
            this.results = results;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                Submissions.runSubmission(tasks, chunkSize, from, results);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Split(tasks, chunkSize, from, mid, results), new Split(tasks, chunkSize, mid, to, results));
        }
    }
}
