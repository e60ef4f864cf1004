package corebench.model;

import corebench.worker.ChildJvm;
import corebench.worker.QueueConsumerMain;
import corebench.workload.Backoff;
import corebench.workload.MappedWorkQueue;
import corebench.workload.Task;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code workers} consumer JVMs ({@link QueueConsumerMain}) on a {@link MappedWorkQueue}: a ring buffer in
 * a shared-memory file with an atomic head and tail, which this JVM fills and the children drain, with
 * the seeds' get / task_done / join and a stop per consumer. Chosen over the parent's pipes because a
 * task then crosses no system call: a consumer that finds work waiting takes it with one
 * compare-and-set; only an empty ring (or, for the producer, a full one) costs a wait ({@link Backoff}:
 * spin, then park). A parked wait ends up to ~0.25 ms late (its 200 µs cap plus the OS timer slack): at
 * the start of an operation (idle consumers) and at its join, so at most ~0.5 ms per operation, under
 * 0.5 µs per task of the 1000 the sweep puts.
 *
 * <p>Faults: a consumer JVM that exits while a batch runs fails the batch loudly, naming the consumer,
 * its pid and exit status, the task it held and how many were done. Its tasks are <em>not</em> re-queued:
 * a task number it took cannot be told apart from one it finished but did not mark, so the batch fails
 * rather than risk a task done twice. Every done is also checked: once per task, none missing. After a
 * failure the consumers are no longer used (close kills them). Children halt when their stdin closes or
 * this JVM dies, and the queue's file is deleted on close and at exit.
 */
final class ProcessQueueConsumers implements QueueConsumers {
    private static final Duration EXIT_GRACE = Duration.ofSeconds(5);

    private final MappedWorkQueue queue;
    private final List<Process> consumers = new ArrayList<>();
    private final Duration timeout = BatchTimeout.configured();
    private String broken;
    private boolean closed;

    ProcessQueueConsumers(int workers, int capacity, int maxTasks) {
        queue = MappedWorkQueue.create(capacity, maxTasks, workers);
        try {
            for (int c = 0; c < workers; c++) {
                consumers.add(ChildJvm.start(QueueConsumerMain.class, Redirect.INHERIT, queue.path().toString(), String.valueOf(c)));
            }
            awaitReady(System.nanoTime() + BatchTimeout.startup(timeout).toNanos());
        } catch (IOException | RuntimeException e) {
            close();
            throw new ModelException(kind().id() + ": could not start the queue's consumer JVMs: " + e.getMessage(), e);
        }
    }

    @Override
    public ModelKind kind() {
        return ModelKind.PROCESS_POOL;
    }

    @Override
    public int workers() {
        return consumers.size();
    }

    /** The consumers' process ids, by consumer index. */
    List<Long> pids() {
        return consumers.stream().map(Process::pid).toList();
    }

    /** Dones of a task already done, in the current batch: the proof that no task ran twice. */
    long duplicates() {
        return queue.duplicates();
    }

    /** Dones counted in the current batch. */
    long doneCount() {
        return queue.done();
    }

    private void awaitReady(long deadline) {
        Backoff wait = new Backoff();
        while (queue.ready() < consumers.size()) {
            wait.idle();
            check(deadline, "start", 0, 0);
        }
    }

    @Override
    public synchronized long[] run(List<Task> tasks) {
        if (closed || broken != null) {
            throw new IllegalStateException(kind().id() + " queue consumers are " + (closed ? "closed" : "unusable: " + broken));
        }
        int n = tasks.size();
        long deadline = System.nanoTime() + timeout.toNanos();
        queue.load(tasks);
        Backoff wait = new Backoff();
        for (int i = 0; i < n; i++) {
            wait.reset();
            while (!queue.tryPut(i)) {
                wait.idle();
                check(deadline, "put", i, n);
            }
        }
        wait.reset();
        while (queue.done() < n) { // the join
            wait.idle();
            check(deadline, "join", n, n);
        }
        check(deadline, "batch", n, n); // a consumer that died holding no task lost none, but the rule is the rule
        return collect(n);
    }

    /**
     * Fails the batch if a consumer has exited or the deadline passed; {@code put} tasks were put so far.
     * Called on every round of every wait: it reads a flag per consumer and the clock.
     */
    private void check(long deadline, String phase, int put, int tasks) {
        for (int c = 0; c < consumers.size(); c++) {
            Process p = consumers.get(c);
            if (!p.isAlive()) {
                long held = queue.inHand(c);
                fail("consumer " + c + " (pid " + p.pid() + ") exited with status " + p.exitValue() + " during the " + phase
                        + (held >= 0 ? ", holding task " + held : "") + "; " + queue.done() + " of " + tasks
                        + " tasks done, " + put + " put; the batch fails (tasks are not re-queued)");
            }
        }
        if (System.nanoTime() > deadline) {
            fail("the " + phase + " took longer than " + timeout.toSeconds() + " s: " + queue.done() + " of " + tasks + " tasks done");
        }
    }

    private long[] collect(int n) {
        if (queue.duplicates() != 0 || queue.done() != n) {
            fail(queue.duplicates() + " task(s) done twice; " + queue.done() + " dones for " + n + " tasks");
        }
        long[] results = new long[n];
        for (int i = 0; i < n; i++) {
            if (!queue.isDone(i)) {
                fail("task " + i + " was never marked done although the done count reached " + n);
            }
            results[i] = queue.result(i);
        }
        return results;
    }

    private void fail(String why) {
        broken = why;
        throw new ModelException(kind().id() + " queue: " + why);
    }

    /**
     * Puts a stop per consumer and waits for each to exit; kills those that do not, and all of them when
     * a batch failed. Deletes the queue's file. Safe to call more than once.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (broken == null) {
                stopConsumers(System.nanoTime() + EXIT_GRACE.toNanos());
            }
        } finally {
            for (Process p : consumers) {
                p.destroyForcibly();
                try {
                    p.getOutputStream().close();
                    p.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (IOException e) {
                    // the pipe is gone with the process
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            queue.close();
        }
    }

    private void stopConsumers(long deadline) {
        Backoff wait = new Backoff();
        for (int c = 0; c < consumers.size(); c++) {
            while (!queue.tryPut(MappedWorkQueue.STOP)) {
                if (wait.idle() && System.nanoTime() > deadline) {
                    return; // the finally of close kills them
                }
            }
        }
        for (Process p : consumers) {
            try {
                p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
