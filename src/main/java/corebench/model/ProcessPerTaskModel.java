package corebench.model;

import corebench.worker.Frame;
import corebench.worker.WorkerConnection;
import corebench.workload.Task;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A fresh child JVM per submission: start it, send one frame, read the reply, close its stdin, wait for
 * it to exit. At most {@code workers} children are alive at once ({@code workers} threads each drive one).
 *
 * <p>This is the "cheap disposable worker" end of the comparison, so it measures what that costs: JVM
 * start-up, and tasks running in the interpreter and C1 before the JIT catches up (the SIMD kernel is
 * hundreds of times slower until C2 compiles it).
 */
public final class ProcessPerTaskModel extends ExecutorModel {
    private final Duration batchTimeout;
    private final Set<WorkerConnection> live = ConcurrentHashMap.newKeySet();

    /** At most {@code workers} children at once, with the configured batch timeout ({@link BatchTimeout}). */
    public ProcessPerTaskModel(int workers) {
        this(workers, BatchTimeout.configured());
    }

    /** At most {@code workers} children at once; a child not done within {@code batchTimeout} of its start is killed. */
    public ProcessPerTaskModel(int workers, Duration batchTimeout) {
        super(workers, Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("process-per-task-", 0).daemon().factory()));
        this.batchTimeout = BatchTimeout.check(batchTimeout);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.PROCESS_PER_TASK;
    }

    @Override
    void runSubmission(List<Task> tasks, int chunkSize, int submission, long[] results) {
        int from = submission * chunkSize;
        int to = Math.min(tasks.size(), from + chunkSize);
        WorkerConnection child;
        try {
            child = WorkerConnection.start();
        } catch (IOException e) {
            throw new ModelException(kind().id() + ": could not start a child for tasks " + from + ".." + (to - 1) + ": " + e.getMessage(), e);
        }
        live.add(child);
        try (child) {
            // One deadline for the whole life of the child: start-up, handshake and the frame.
            child.awaitHandshake(BatchTimeout.startup(batchTimeout));
            child.expectReplyWithin(batchTimeout);
            child.send(submission, tasks.subList(from, to));
            child.flush();
            switch (child.receive()) {
                case Frame.Results r when r.batchId() == submission && r.values().length == to - from ->
                        System.arraycopy(r.values(), 0, results, from, r.values().length);
                case Frame.Failure f when f.taskIndex() >= 0 -> throw new ModelException(kind().id() + ": task "
                        + (from + f.taskIndex()) + " failed in " + child + ": " + f.exceptionClass() + ": " + f.message());
                case Frame other -> throw new ModelException(kind().id() + ": " + child + " sent an unexpected "
                        + other.getClass().getSimpleName() + " frame (batch " + other.batchId() + ") for tasks " + from + ".." + (to - 1));
            }
        } catch (IOException e) {
            throw new ModelException(kind().id() + ": " + child + " " + e.getMessage() + "; it was running tasks "
                    + from + ".." + (to - 1), e);
        } finally {
            live.remove(child);
        }
    }

    /** Kills the children still running, then stops the threads. */
    @Override
    public void close() {
        live.forEach(c -> c.kill("was killed because the model was closed"));
        super.close();
    }
}
