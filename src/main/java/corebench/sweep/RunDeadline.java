package corebench.sweep;

import java.time.Duration;

/**
 * How long one JMH run may take before its process tree is killed and the run recorded as failed (a hung kernel,
 * set-up or member must not hold the sweep): {@value #FACTOR} × its planned iteration time plus, per benchmark and
 * fork, a slack for JVM start, set-up and tear-down of {@value #DEFAULT_SLACK_SECONDS} s or
 * {@code -Dcorebench.runSlackSeconds=N}.
 *
 * @param planned its planned iteration time alone
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
            // told below
        }
        throw new IllegalArgumentException(SLACK_PROPERTY + " must be a whole number of seconds >= 1, was '" + value + "'");
    }
}
