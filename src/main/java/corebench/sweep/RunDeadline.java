package corebench.sweep;

import java.time.Duration;

/**
 * How long one JMH run of a sweep may take before its process tree is killed and the run is recorded as
 * failed: a kernel that never ends, a hung set-up or a hung cluster member must not hold the sweep forever.
 *
 * <p>Derived from the run's plan: {@value #FACTOR} × its planned iteration time (an operation running at the
 * end of an iteration is finished, not cut) plus a slack per benchmark and fork for what the plan does not
 * time: JVM start, set-up (a cluster's members take seconds to form, more on a busy machine), tear-down. The
 * slack is {@value #DEFAULT_SLACK_SECONDS} s, or {@code -Dcorebench.runSlackSeconds=N} (slow machines; tests).
 *
 * @param limit    the time the run may take
 * @param planned  its planned iteration time alone
 */
public record RunDeadline(Duration limit, Duration planned) {
    /** The system property that sets the slack per benchmark and fork, in seconds. */
    public static final String SLACK_PROPERTY = "corebench.runSlackSeconds";
    static final int DEFAULT_SLACK_SECONDS = 90;
    static final int FACTOR = 3;

    /** The deadline of {@code run} measured with {@code settings}. */
    public static RunDeadline of(SweepPlan.JmhSettings settings, JmhRun run) {
        long benchmarks = (long) run.combinations() * settings.forks();
        Duration planned = Duration.ofMillis(benchmarks
                * ((long) settings.warmupIterations() * settings.warmupMillis() + (long) settings.iterations() * settings.iterationMillis()));
        return new RunDeadline(planned.multipliedBy(FACTOR).plusSeconds(benchmarks * slackSeconds()), planned);
    }

    private static long slackSeconds() {
        String value = System.getProperty(SLACK_PROPERTY);
        if (value == null) {
            return DEFAULT_SLACK_SECONDS;
        }
        try {
            long s = Long.parseLong(value.trim());
            if (s >= 1) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(SLACK_PROPERTY + " must be a whole number of seconds >= 1, was '" + value + "'");
    }
}
