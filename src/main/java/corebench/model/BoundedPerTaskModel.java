package corebench.model;

import corebench.workload.Task;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;

/**
 * A new thread per submission, of the kind the factory makes, with at most {@code workers} submissions
 * running at once: the semaphore is what makes {@code workers} the parallelism rather than the number
 * of tasks.
 */
abstract class BoundedPerTaskModel extends ExecutorModel {
    private final Semaphore running;

    BoundedPerTaskModel(int workers, ThreadFactory factory) {
        super(workers, Executors.newThreadPerTaskExecutor(factory));
        this.running = new Semaphore(workers);
    }

    @Override
    void runSubmission(List<Task> tasks, int chunkSize, int submission, long[] results) {
        running.acquireUninterruptibly();
        try {
            super.runSubmission(tasks, chunkSize, submission, results);
        } finally {
            running.release();
        }
    }
}
