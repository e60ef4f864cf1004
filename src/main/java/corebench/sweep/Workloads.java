package corebench.sweep;

import java.util.List;

/** Every workload the sweep knows, in the order a sweep runs them. Adding a workload is one entry here. */
public final class Workloads {
    private static final List<WorkloadPlan> ALL = List.of(
            new MonteCarloPlan(),
            new GridPlan(),
            new GranularityPlan(),
            new ContentionPlan(),
            new StartupPlan(),
            new BlockingPlan(),
            new QueuePlan(),
            new PingPongPlan(),
            new ClockPlan());

    private Workloads() {
    }

    /** All workloads. */
    public static List<WorkloadPlan> all() {
        return ALL;
    }

    /** Every workload name. */
    public static List<String> names() {
        return ALL.stream().map(WorkloadPlan::name).toList();
    }

    /** The workload with this name; the error lists the valid names. */
    public static WorkloadPlan byName(String name) {
        return ALL.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown workload '" + name + "'; workloads are " + names()));
    }
}
