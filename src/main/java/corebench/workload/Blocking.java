package corebench.workload;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Blocking: tasks that mostly wait, like requests to a slow service. Each sleeps 1–10 ms (uniform, fixed
 * by the root seed and the task index) and then does a little CPU work: a Monte Carlo chunk of
 * {@code samples}, ~1.5 µs at the default 1,000, so 1.5 ms per batch, well under the longest sleep even on
 * one core; the batch stays bound by waiting (and by what the model spends on its workers), not by cores.
 * A worker that sleeps holds no core, so throughput grows with the worker count far beyond the cores:
 * cheap for virtual threads, costly for platform threads, absurd for processes.
 *
 * <p>Sizing: a batch of {@value #TASKS} tasks sleeps 5.5 ms per task on average, 5.5 s in total, which is
 * what one worker takes per batch (the slowest point of the sweep, still one operation per JMH
 * iteration). 16 workers need ≥ 0.34 s, 256 workers ≥ 21 ms (about four rounds); from 1,000 workers on,
 * every task sleeps at once and the longest sleep, 10 ms, bounds the batch: the 4,096-worker point then
 * shows what holding that many workers costs, not more throughput. A larger {@code tasks} would let the
 * high counts scale further but makes the one-worker batch {@code tasks} × 5.5 ms long.
 *
 * <p>Every task returns its Monte Carlo hit count, checked exactly against a reference computed without
 * sleeping.
 */
public final class Blocking {
    /** Tasks per batch. */
    public static final int TASKS = 1_000;
    /** Monte Carlo samples per task: the little CPU work after the wait. */
    public static final long SAMPLES = 1_000;
    /** The shortest sleep of a task. */
    public static final int MIN_MILLIS = 1;
    /** The longest sleep of a task. */
    public static final int MAX_MILLIS = 10;
    /**
     * The most child JVMs the sweep runs at once for this workload: each costs ~40 ms of CPU and tens of
     * MB to start, so beyond this the process models measure start-up and memory, not blocking.
     */
    public static final int MAX_PROCESS_WORKERS = 64;

    private Blocking() {
    }

    /** The kernel: args (rootSeed, taskIndex, samples). Sleeps {@link #millis} ms, then counts hits. */
    public static long sleepThenHits(long[] args) {
        try {
            Thread.sleep(millis(args[0], args[1]));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while blocking in task " + args[1], e);
        }
        return MonteCarlo.scalarHits(args);
    }

    /**
     * How long task {@code index} sleeps: uniform in {@link #MIN_MILLIS}..{@link #MAX_MILLIS} ms, from its
     * own stream (the complement of the root seed), so it is independent of the task's Monte Carlo samples.
     */
    public static int millis(long rootSeed, long index) {
        long r = SplitMix64.streamSeed(~rootSeed, index);
        return MIN_MILLIS + (int) Long.remainderUnsigned(r, MAX_MILLIS - MIN_MILLIS + 1);
    }

    /** The batch: {@code tasks} tasks of {@code samples} samples each. */
    public static List<Task> tasks(long rootSeed, int tasks, long samples) {
        return IntStream.range(0, tasks).mapToObj(i -> new Task(Kernel.BLOCKING, rootSeed, i, samples)).toList();
    }

    /** What every model must return for the batch: the hit counts, computed here without sleeping. */
    public static long[] reference(List<Task> tasks) {
        return Reference.of(tasks.stream().map(t -> new Task(Kernel.MONTE_CARLO_SCALAR, t.args())).toList());
    }

    /**
     * What a model needs to run this many workers: models whose workers are JVMs stop at
     * {@link #MAX_PROCESS_WORKERS}.
     */
    public static List<Need> needs(int workers) {
        if (workers > MAX_PROCESS_WORKERS) {
            return List.of(Need.lacks(Trait.JVM_PER_WORKER, "a JVM per worker would run " + workers + " child JVMs at once"
                    + " (~40 ms of CPU and tens of MB each to start); the sweep stops at " + MAX_PROCESS_WORKERS));
        }
        return List.of();
    }
}
