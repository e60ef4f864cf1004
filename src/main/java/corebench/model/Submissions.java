package corebench.model;

import corebench.workload.Task;
import java.util.List;

/** How a batch of tasks is cut into submissions, and how one submission runs in the calling thread. */
public final class Submissions {
    /** Submissions per worker under the default chunk size: enough to balance, few enough to be cheap. */
    public static final int PER_WORKER = 4;

    private Submissions() {
    }

    /** About {@link #PER_WORKER} submissions per worker, at least one task each. */
    public static int defaultChunkSize(int tasks, int workers) {
        return Math.max(1, ceilDiv(tasks, workers * PER_WORKER));
    }

    /** How many submissions {@code tasks} tasks make in chunks of {@code chunkSize}. */
    public static int count(int tasks, int chunkSize) {
        checkChunkSize(chunkSize);
        return ceilDiv(tasks, chunkSize);
    }

    /** Throws unless the chunk size is positive. */
    public static void checkChunkSize(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
    }

    /** Runs submission {@code s} (tasks {@code s*chunk .. }) here, writing into {@code results}. */
    public static void runSubmission(List<Task> tasks, int chunkSize, int s, long[] results) {
        int from = s * chunkSize;
        int to = Math.min(tasks.size(), from + chunkSize);
        for (int i = from; i < to; i++) {
            results[i] = tasks.get(i).run();
        }
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
