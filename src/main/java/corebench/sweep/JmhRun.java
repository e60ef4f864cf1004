package corebench.sweep;

import corebench.bench.ProbeBench;
import corebench.bench.StartupBench;
import corebench.bench.Workload;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JMH invocation of a sweep step: a benchmark and the parameter values JMH crosses (each combination is one
 * benchmark run).
 *
 * @param name             file-safe name, unique within a step, e.g. {@code montecarlo-strong}
 * @param params           parameter name → values, in a stable order
 * @param estimatedSeconds the run's estimate ({@link PlanEstimate}); 0 before it is estimated
 * @param allowanceSeconds its share of the budget, at least its estimate, repeats included; 0 before it is estimated
 */
public record JmhRun(String name, String workload, String benchmark, Map<String, List<String>> params,
                     double estimatedSeconds, double allowanceSeconds) {

    public JmhRun {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A run not estimated yet. */
    public JmhRun(String name, String workload, String benchmark, Map<String, List<String>> params) {
        this(name, workload, benchmark, params, 0, 0);
    }

    /** This run with its estimate and time allowance. */
    public JmhRun withTime(double estimated, double allowance) {
        return new JmhRun(name, workload, benchmark, params, estimated, allowance);
    }

    /** How many benchmark runs (parameter combinations) this invocation makes. */
    public int combinations() {
        return params.values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
    }

    /** Its models as one string, {@code a, b}, for skips. */
    public String modelList() {
        return String.join(", ", params.getOrDefault("model", List.of()));
    }

    /**
     * Whether the run measures a headline scenario, as its workload declares ({@link Workload#headline}), with no more
     * workers than cores. Headline runs take part in more rounds.
     */
    public boolean headline() {
        return declared().map(w -> w.headline().test(params)).orElse(false) && !oversubscribed();
    }

    /** The workload that declared this run; empty for a run made up by hand (tests). */
    Optional<Workload> declared() {
        return Workload.named(workload);
    }

    /** Whether some of its benchmarks run more workers than the step's cores. */
    private boolean oversubscribed() {
        List<String> cores = params.getOrDefault("cores", List.of());
        return cores.size() == 1 && params.getOrDefault("workers", List.of()).stream()
                .anyMatch(w -> Integer.parseInt(w) > Integer.parseInt(cores.get(0)));
    }

    /** Whether the run's shots are short single shots that each round gives more of ({@link StartupBench#shortShots}). */
    public boolean shortShots() {
        return StartupBench.shortShots(benchmark, params);
    }

    /** Whether the run is a probe of the machine ({@link ProbeBench}) that the report judges others by: never thinned out. */
    public boolean probe() {
        return ProbeBench.class.isAssignableFrom(benchmarkClass(benchmark));
    }

    /** The class of a JMH benchmark method name such as {@code corebench.bench.ClockBench.chains}. */
    static Class<?> benchmarkClass(String benchmark) {
        try {
            return Class.forName(benchmark.substring(0, benchmark.lastIndexOf('.')));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("benchmark class of " + benchmark + " is not on the class path", e);
        }
    }

    /** This run with one parameter set. */
    public JmhRun with(String param, List<String> values) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.put(param, List.copyOf(values));
        return new JmhRun(name, workload, benchmark, p, estimatedSeconds, allowanceSeconds);
    }
}
