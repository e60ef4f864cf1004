package corebench.sweep;

import java.io.IOException;
import java.nio.file.Path;

/** Runs one JMH invocation of a sweep ({@link JmhLauncher}; tests decide the sweep's behaviour with a fake one). */
public interface Launcher {

    /**
     * Runs {@code run} with {@code settings}, writing JMH's JSON to {@code resultFile} and its output to {@code log},
     * telling {@code listener} about each benchmark.
     *
     * @throws JmhLauncher.RunFailed    when JMH failed or wrote no result
     * @throws JmhLauncher.PastDeadline when the run passed {@code deadline} and was killed
     */
    void run(SweepPlan.Step step, JmhRun run, SweepPlan.JmhSettings settings, Path resultFile, Path log,
             JmhLauncher.Listener listener, RunDeadline deadline) throws IOException, InterruptedException;

    /** Stops the running invocation and everything it started, and refuses to start another. */
    void stop();
}
