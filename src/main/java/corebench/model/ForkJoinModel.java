package corebench.model;

import corebench.workload.Task;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * An own {@link ForkJoinPool} of {@code workers} threads; a batch is one {@link RecursiveAction} that
 * splits its range of submissions in halves until one submission is left, so idle workers steal.
 */
public final class ForkJoinModel extends OwnForkJoinPoolModel {

    public ForkJoinModel(int workers) {
        super(workers);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.FORKJOIN;
    }

    @Override
    ForkJoinTask<?> batch(List<Task> tasks, int chunkSize, int submissions, long[] results) {
        return new Split(tasks, chunkSize, 0, submissions, results);
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
