package corebench.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A workload as the sweep knows it: its name, one line for {@code corebench list}, and the declaration of its runs
 * at a core-count step, which lives beside the workload's {@code @Benchmark}. The sweep interprets the declarations
 * (core counts, oversubscription, cluster, admission, budget cuts); the declarations name no model: traits and needs
 * decide what a model runs, and {@link RunStep} records what is left out and why.
 *
 * @param name        the workload name used on the command line and in results, e.g. {@code montecarlo}
 * @param description one line for {@code corebench list}
 * @param runs        the workload's runs at a step (empty to run nothing there), each skip told to the step
 * @param headline    whether a run with these parameters measures a headline scenario, one the verdict rests on
 *                    (the sweep gives those more rounds, unless oversubscribed)
 * @param cost        what one operation costs, for the plan's estimate
 */
public record Workload(String name, String description, Function<RunStep, List<RunStep.Run>> runs,
                       Predicate<Map<String, List<String>>> headline, OperationCost cost) {

    /** A workload without headline scenarios whose operations are far shorter than an iteration. */
    public Workload(String name, String description, Function<RunStep, List<RunStep.Run>> runs) {
        this(name, description, runs, params -> false, OperationCost.NONE);
    }

    /** Every workload, in the order a sweep runs them. Adding a workload is one entry here. */
    public static List<Workload> all() {
        return List.of(MonteCarloBench.WORKLOAD, GridBench.WORKLOAD, GranularityBench.WORKLOAD, ContentionBench.WORKLOAD,
                StartupBench.WORKLOAD, BlockingBench.WORKLOAD, QueueBench.WORKLOAD, PingPongBench.WORKLOAD,
                ClockBench.WORKLOAD);
    }

    /** Every workload name. */
    public static List<String> names() {
        return all().stream().map(Workload::name).toList();
    }

    /** The workload with this name, if there is one. */
    public static Optional<Workload> named(String name) {
        return all().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The workload with this name; the error lists the valid names. */
    public static Workload byName(String name) {
        return named(name).orElseThrow(() ->
                new IllegalArgumentException("unknown workload '" + name + "'; workloads are " + names()));
    }
}
