package corebench.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a sweep runs: JMH settings, one step per core count (increasing), and what was left out, each with its reason,
 * so that nothing is silently missing.
 *
 * @param name   {@code quick}, {@code default} or {@code custom}
 * @param budget the time budget, its cuts and peak resources; {@code null} in plans made without one
 */
public record SweepPlan(String name, JmhSettings jmh, List<Step> steps, List<Skip> skipped, Budget budget) {

    /**
     * The plan's time budget (0 for none), its estimate after the cuts, the cuts in the order applied (also recorded
     * as skips), the most child JVMs, members and memory one benchmark needs at once, what the plan was admitted
     * against in words, and whether headline runs may take more rounds while the budget allows (only with the plan's
     * own settings).
     */
    public record Budget(double budgetSeconds, double estimatedSeconds, List<String> cuts, int peakChildJvms,
                         int peakMembers, long peakBytes, String resources, boolean moreRounds) {
    }

    /**
     * JMH's measurement settings of each fork, and how many forks (rounds, {@link Rounds}) each result gets.
     *
     * @param forks         rounds every run takes part in: each result's least number of forks
     * @param headlineForks rounds a headline run ({@link JmhRun#headline}) takes part in by plan; at most {@code forks}
     *                      (0 in older results): as the others
     */
    public record JmhSettings(int forks, int warmupIterations, int warmupMillis, int iterations, int iterationMillis,
                              int headlineForks) {

        public JmhSettings withHeadlineForks(int headlineForks) {
            return new JmhSettings(forks, warmupIterations, warmupMillis, iterations, iterationMillis, headlineForks);
        }
    }

    /** One core count: the CPUs it is confined to and the JMH invocations it makes. */
    public record Step(int cores, String cpus, List<JmhRun> runs) {
        /** Benchmark runs in this step. */
        public int combinations() {
            return runs.stream().mapToInt(JmhRun::combinations).sum();
        }
    }

    /** A combination the plan does not run, and why. */
    public record Skip(String workload, String model, String reason) {
    }

    /** What a plan step makes of one run at its step: nothing, itself, or parts; each left-out combination told to {@code skips}. */
    @FunctionalInterface
    public interface RunChange {
        List<JmhRun> apply(Step step, JmhRun run, Consumer<Skip> skips);
    }

    /** A plan with nothing in it yet. */
    public static SweepPlan empty(String name, JmhSettings jmh) {
        return new SweepPlan(name, jmh, List.of(), List.of(), null);
    }

    /** The one traversal of a plan: each run replaced by what {@code change} makes of it, empty steps dropped, skips added once. */
    public SweepPlan mapRuns(RunChange change) {
        Set<Skip> skips = new LinkedHashSet<>(skipped);
        List<Step> changed = new ArrayList<>();
        for (Step step : steps) {
            List<JmhRun> runs = new ArrayList<>();
            step.runs().forEach(run -> runs.addAll(change.apply(step, run, skips::add)));
            if (!runs.isEmpty()) {
                changed.add(new Step(step.cores(), step.cpus(), runs));
            }
        }
        return new SweepPlan(name, jmh, changed, List.copyOf(skips), budget);
    }

    public SweepPlan withSteps(List<Step> other) {
        return new SweepPlan(name, jmh, other, skipped, budget);
    }

    /** This plan with other JMH settings and, when they differ, the skip that says why. */
    public SweepPlan withJmh(JmhSettings other, Skip why) {
        return other.equals(jmh) ? this : new SweepPlan(name, other, steps, skipped, budget).withSkip(why);
    }

    public SweepPlan withSkip(Skip skip) {
        List<Skip> skips = new ArrayList<>(skipped);
        skips.add(skip);
        return new SweepPlan(name, jmh, steps, skips, budget);
    }

    public SweepPlan withBudget(Budget record) {
        return new SweepPlan(name, jmh, steps, skipped, record);
    }

    /** Benchmark runs in the whole plan. */
    public int combinations() {
        return steps.stream().mapToInt(Step::combinations).sum();
    }

    /** Wall time of the whole plan's rounds in seconds: the runs' estimates, or a rough one per benchmark without them. */
    public double estimatedSeconds() {
        double estimated = steps.stream().flatMap(s -> s.runs().stream()).mapToDouble(JmhRun::estimatedSeconds).sum();
        return estimated > 0 ? estimated : combinations() * PlanEstimate.benchmarkSeconds(jmh);
    }
}
