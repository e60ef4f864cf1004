package corebench.model;

import corebench.workload.Task;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * A parallel stream over the submissions, run inside an own {@link ForkJoinPool} of {@code workers}
 * threads (a parallel stream started from a pool's task runs in that pool, not the common one).
 */
public final class ParallelStreamModel extends OwnForkJoinPoolModel {

    public ParallelStreamModel(int workers) {
        super(workers);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.PARALLEL_STREAM;
    }

    @Override
    ForkJoinTask<?> batch(List<Task> tasks, int chunkSize, int submissions, long[] results) {
        return ForkJoinTask.adapt(() -> IntStream.range(0, submissions).parallel()
                .forEach(s -> Submissions.runSubmission(tasks, chunkSize, s, results)));
    }
}
