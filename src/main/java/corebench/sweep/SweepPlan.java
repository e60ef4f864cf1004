package corebench.sweep;

import java.util.List;

/**
 * What a sweep runs: JMH settings, one step per core count, and what was deliberately left out.
 *
 * @param name    {@code quick}, {@code default} or {@code custom}
 * @param jmh     forks, iterations and times, the same for every benchmark of the sweep
 * @param steps   in increasing core count
 * @param skipped combinations not run, each with its reason, so that nothing is silently missing
 */
public record SweepPlan(String name, JmhSettings jmh, List<Step> steps, List<Skip> skipped) {

    /** JMH's measurement settings. */
    public record JmhSettings(int forks, int warmupIterations, int warmupMillis, int iterations, int iterationMillis) {

        /** Rough wall time of one benchmark run: measured iterations plus fork start-up and set-up. */
        public double estimatedSeconds() {
            return forks * ((warmupIterations * warmupMillis + iterations * iterationMillis) / 1000.0 + 1.5);
        }
    }

    /** One core count: the CPUs it is confined to and the JMH invocations it makes. */
    public record Step(int cores, String cpus, List<JmhRun> runs) {

        /** Benchmark runs in this step. */
        public int combinations() {
            return runs.stream().mapToInt(JmhRun::combinations).sum();
        }

        /** The folder name of this step's results inside the run folder. */
        public String folderName() {
            return "cores-" + cores;
        }
    }

    /** A combination the plan does not run, and why. */
    public record Skip(String workload, String model, String reason) {
    }

    /** Benchmark runs in the whole plan. */
    public int combinations() {
        return steps.stream().mapToInt(Step::combinations).sum();
    }

    /** Rough wall time of the whole plan in seconds. */
    public double estimatedSeconds() {
        return combinations() * jmh.estimatedSeconds();
    }
}
