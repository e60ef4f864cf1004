package corebench.model;

import corebench.workload.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shared mechanics of the models that hand each submission to an {@link ExecutorService}: submit
 * all, wait for all, surface the first failure with the submission it came from.
 */
abstract class ExecutorModel implements ConcurrencyModel {
    private final int workers;
    private final ExecutorService executor;

    ExecutorModel(int workers, ExecutorService executor) {
        this.workers = workers;
        this.executor = executor;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] run(List<Task> tasks, int chunkSize) {
        long[] results = new long[tasks.size()];
        int submissions = Submissions.count(tasks.size(), chunkSize);
        List<Future<?>> futures = new ArrayList<>(submissions);
        for (int s = 0; s < submissions; s++) {
            int submission = s;
            futures.add(executor.submit(() -> runSubmission(tasks, chunkSize, submission, results)));
        }
        Futures.awaitAll(futures, kind(), chunkSize);
        return results;
    }

    /** Runs one submission on the worker; subclasses may wrap it (e.g. to bound concurrency). */
    void runSubmission(List<Task> tasks, int chunkSize, int submission, long[] results) {
        Submissions.runSubmission(tasks, chunkSize, submission, results);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new ModelException(kind().id() + ": threads still running 10 s after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waiting on futures, shared with the ForkJoin models. */
    static final class Futures {
        private Futures() {
        }

        static void awaitAll(List<? extends Future<?>> futures, ModelType kind, int chunkSize) {
            for (int s = 0; s < futures.size(); s++) {
                await(futures.get(s), kind, s, chunkSize);
            }
        }

        static <T> T await(Future<T> future, ModelType kind, int submission, int chunkSize) {
            return await(future, kind, submission, chunkSize, null);
        }

        /** As {@link #await(Future, ModelType, int, int)}, failing after {@code timeout} (null: no limit). */
        static <T> T await(Future<T> future, ModelType kind, int submission, int chunkSize, Duration timeout) {
            try {
                return timeout == null ? future.get() : future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new ModelException(kind.id() + ": submission " + submission + " got no answer within "
                        + timeout.toSeconds() + " s (-D" + BatchTimeout.PROPERTY + "); is a member hung?", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelException(kind.id() + ": interrupted while waiting for submission " + submission, e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new ModelException(kind.id() + ": submission " + submission + " (tasks from "
                        + (long) submission * chunkSize + ") failed: " + cause, cause);
            }
        }
    }
}
