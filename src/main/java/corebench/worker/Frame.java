package corebench.worker;

/**
 * One decoded frame of the worker protocol (see {@link Frames} for the byte layout). The parent sends
 * {@link Batch} frames; the worker answers each with {@link Results} or {@link Failure}, in order.
 */
public sealed interface Frame {

    /** The batch this frame belongs to: the parent's id, echoed in the reply. */
    long batchId();

    /** Tasks to run: kernel wire ids (not yet resolved, so an unknown id can be answered per task) and args. */
    record Batch(long batchId, int[] kernelIds, long[][] args) implements Frame {
        /** How many tasks the batch carries. */
        public int size() {
            return kernelIds.length;
        }
    }

    /** The result of every task of a batch, in task order. */
    record Results(long batchId, long[] values) implements Frame {
    }

    /**
     * A batch failed: task {@code taskIndex} (within the batch) threw. A task index of {@link #NO_TASK}
     * means the worker itself failed (e.g. it received a bad frame) and is about to exit.
     */
    record Failure(long batchId, int taskIndex, String exceptionClass, String message) implements Frame {
        /** The task index of a failure that is not any task's. */
        public static final int NO_TASK = -1;
        /** The batch id of a failure that is not any batch's. */
        public static final long NO_BATCH = -1;
    }
}
