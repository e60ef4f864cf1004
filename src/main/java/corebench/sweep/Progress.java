package corebench.sweep;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Prints where a sweep is: step k of n, benchmark i of m, elapsed time and an ETA that starts from the
 * plan's estimate and follows the measured pace once benchmarks have finished.
 */
final class Progress implements AdaptiveRun.Listener {
    private final PrintStream out;
    private int total;
    private final double estimatePerBenchmark;
    private final long start = System.nanoTime();
    private int done;
    private int measuredDone;
    private double measuredSeconds;

    Progress(PrintStream out, int total, double estimatePerBenchmark, int alreadyDone) {
        this.out = out;
        this.total = total;
        this.estimatePerBenchmark = estimatePerBenchmark;
        this.done = alreadyDone;
    }

    void step(int index, int steps, SweepPlan.Step step) {
        out.printf("[step %d/%d] %d core%s (CPUs %s): %d benchmarks%n", index, steps, step.cores(),
                step.cores() == 1 ? "" : "s", step.cpus(), step.combinations());
    }

    /** One benchmark done: its varying parameters, its score, and where the sweep stands. */
    void benchmarkFinished(String workload, String params, String result) {
        done++;
        out.printf("  [%d/%d] %s %s: %s · elapsed %s · ETA %s%n", done, total, workload, compact(params), result,
                format(elapsed()), format(Duration.ofSeconds(Math.round(remainingSeconds()))));
    }

    /** JMH's "(cores = 2, kernel = scalar, ...)" as "kernel=scalar ..." without the ones every line shares. */
    static String compact(String jmhParams) {
        String inner = jmhParams.replaceAll("^\\(|\\)$", "");
        StringBuilder sb = new StringBuilder();
        for (String kv : inner.split(", ")) {
            String[] p = kv.split(" = ", 2);
            if (p.length == 2 && !SHARED.contains(p[0])) {
                sb.append(sb.isEmpty() ? "" : " ").append(p[0]).append('=').append(p[1]);
            }
        }
        return sb.toString();
    }

    /** Parameters shown once per step or constant over a sweep. */
    private static final Set<String> SHARED = Set.of("cores", "seed");

    /** Records that a JMH run of {@code benchmarks} benchmarks took {@code seconds}, to refine the ETA. */
    void runFinished(int benchmarks, double seconds) {
        measuredDone += benchmarks;
        measuredSeconds += seconds;
    }

    @Override
    public void rerunning(String params, int attempt, SweepPlan.JmhSettings settings, double halfWidthPercent,
                          double targetPercent) {
        out.printf(Locale.ROOT, "    %s: +-%s > target +-%s, attempt %d (1 fork x %d iterations)%n",
                compact(params), percent(halfWidthPercent), PrecisionTarget.percent(targetPercent), attempt, settings.iterations());
    }

    @Override
    public void settled(String params, AdaptiveRun.Outcome outcome) {
        out.printf(Locale.ROOT, "    %s: +-%s after %d attempt%s, %s%n", compact(params),
                percent(outcome.halfWidthPercent()), outcome.attempts().size(), outcome.attempts().size() == 1 ? "" : "s",
                outcome.met() ? "target met" : "target +-" + PrecisionTarget.percent(outcome.targetPercent()) + " MISSED ("
                        + outcome.stop() + ")");
    }

    private static String percent(double p) {
        return Double.isFinite(p) ? String.format(Locale.ROOT, "%.1f%%", p) : "?";
    }

    /** {@code benchmarks} of the plan will not run after all (not admitted when their run was to start). */
    void leftOut(int benchmarks) {
        total -= benchmarks;
    }

    void skippedExisting(JmhRun run, SweepPlan.Step step) {
        out.printf("  %s at %d cores: already measured, kept%n", run.name(), step.cores());
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private double remainingSeconds() {
        double pace = measuredDone > 0 ? measuredSeconds / measuredDone : estimatePerBenchmark;
        return Math.max(0, total - done) * pace;
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
