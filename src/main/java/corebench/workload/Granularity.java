package corebench.workload;

import java.util.List;

/**
 * Task granularity: many tiny Monte Carlo tasks (by default 10,000 tasks of 10,000 samples, about 15 µs
 * each) handed to a model {@code chunkSize} tasks per submission. With chunk size 1 every task pays a
 * full hand-off (an executor submit, a pipe round trip, a child JVM); larger chunks spread that cost over
 * many tasks, until too few submissions are left to keep every worker busy. The benchmark reports the
 * time of the whole batch; the time per task is that divided by the task count (the reporter does it).
 *
 * <p>The tasks are those of {@link MonteCarlo#tasks}, so every model and chunk size must return the
 * sequential reference's hit counts task by task.
 */
public final class Granularity {
    /** Tasks per batch. */
    public static final int TASKS = 10_000;
    /** Samples per task. */
    public static final long SAMPLES = 10_000;
    /**
     * The most child JVMs a batch may start in the sweep. process-per-task starts one per submission, and
     * each fresh JVM also runs the kernel interpreted until C2 compiles it: measured here, ~160 ms of CPU
     * per JVM at chunk size 100 (24 s per batch on a busy 2-core machine), so only chunk size 1000 (10 JVMs)
     * fits a sweep; smaller chunks are recorded as not run.
     */
    public static final int MAX_CHILD_STARTS = 10;

    private Granularity() {
    }

    /** {@code tasks} Monte Carlo tasks of {@code samples} samples each, chunk {@code i} seeded by (seed, i). */
    public static List<Task> tasks(long seed, int tasks, long samples) {
        return MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, seed, tasks * samples, samples);
    }

    /**
     * What a model needs to run {@code tasks} at this chunk size: a model that starts a JVM per submission
     * would start thousands per batch at small chunks, so it stops at {@link #MAX_CHILD_STARTS}.
     */
    public static List<Need> needs(int tasks, int chunkSize) {
        int submissions = (tasks + chunkSize - 1) / chunkSize;
        if (submissions > MAX_CHILD_STARTS) {
            return List.of(Need.lacks(Trait.JVM_PER_SUBMISSION, "a JVM per submission would start " + submissions
                    + " JVMs per batch (one per submission of " + chunkSize + " tasks); the sweep stops at " + MAX_CHILD_STARTS));
        }
        return List.of();
    }
}
