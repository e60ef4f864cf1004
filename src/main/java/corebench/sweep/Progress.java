package corebench.sweep;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints where a sweep is: each round and what it measures, each benchmark as it finishes, elapsed time and an ETA
 * from the plan's estimate at the measured pace (measured over estimated seconds); rounds beyond the plan add theirs.
 */
final class Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();
    private double estimatedSeconds;
    private double estimatedDone;
    private double measuredSeconds;
    private int round;
    private int done;
    private int roundBenchmarks;

    Progress(PrintStream out, double estimatedSeconds) {
        this.out = out;
        this.estimatedSeconds = estimatedSeconds;
    }

    /** A round starts: what it measures, its time, and the part of it beyond the plan, which the ETA adds. */
    void round(int number, int planned, int runs, int benchmarks, String what, double seconds, double beyondPlanSeconds) {
        round = number;
        done = 0;
        roundBenchmarks = benchmarks;
        estimatedSeconds += beyondPlanSeconds / pace();
        out.printf("[round %d%s] %s: %d run%s, %d benchmarks, about %s%n", number,
                number <= planned ? " of " + planned : ", beyond the " + planned + " planned", what, runs,
                runs == 1 ? "" : "s", benchmarks, format(Duration.ofSeconds(Math.round(seconds))));
    }

    /** One benchmark done: its varying parameters, its score, and where the sweep stands. */
    void benchmarkFinished(String workload, int cores, String params, String result) {
        done++;
        out.printf("  [%d.%d/%d] %s %d core%s %s: %s · elapsed %s · ETA %s%n", round, done, roundBenchmarks, workload, cores,
                cores == 1 ? "" : "s", compact(params), ONE_FORK_ERROR.matcher(result).replaceAll(""), format(elapsed()),
                format(Duration.ofSeconds(Math.round(remainingSeconds()))));
    }

    /** JMH's "(cores = 2, kernel = scalar, ...)" as "kernel=scalar ..." without the ones every line shares. */
    static String compact(String jmhParams) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : jmhParams.replaceAll("^\\(|\\)$", "").split(", ")) {
            String[] p = kv.split(" = ", 2);
            if (p.length == 2) {
                params.put(p[0], p[1]);
            }
        }
        return compact(params);
    }

    /** A result's parameters as "kernel=scalar ..." without the ones every line shares. */
    static String compact(Map<String, String> params) {
        return params.entrySet().stream().filter(p -> !SHARED.contains(p.getKey())).map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining(" "));
    }

    /** JMH's interval over one fork's iterations, which is no interval of the result (its forks are the rounds). */
    private static final java.util.regex.Pattern ONE_FORK_ERROR = java.util.regex.Pattern.compile("\\s*±\\(99\\.9%\\)\\s*[-0-9.,eE+]+");

    /** Parameters shown once per line or constant over a sweep. */
    private static final Set<String> SHARED = Set.of("cores", "seed");

    /** A JMH run estimated at {@code estimated} seconds took {@code seconds}, to refine the ETA. */
    void runFinished(double estimated, double seconds) {
        estimatedDone += estimated;
        measuredSeconds += seconds;
    }

    /** A run already measured in an earlier sweep of this folder (a resume). */
    void kept(double estimated) {
        estimatedSeconds -= estimated;
    }

    /** Measured over estimated time so far (1 before anything was measured). */
    double pace() {
        return estimatedDone > 0 ? Math.max(0.1, measuredSeconds / estimatedDone) : 1;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private double remainingSeconds() {
        return Math.max(0, estimatedSeconds - estimatedDone) * pace();
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
