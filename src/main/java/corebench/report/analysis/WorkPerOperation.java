package corebench.report.analysis;

import corebench.bench.BandwidthBench;
import corebench.bench.GridBench;
import corebench.report.results.Scenario;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * How much work one benchmark operation does, so that throughput has a unit a person can read
 * (Monte Carlo: samples/s). One rule per workload; a workload without a rule is counted in operations.
 * Adding a workload's rule is one entry in {@link #BY_WORKLOAD}.
 *
 * @param unit         the unit of work, plural ({@code samples})
 * @param perOperation the work of one operation of a scenario with a number of workers
 */
public record WorkPerOperation(String unit, ToDoubleBiFunction<Scenario, Integer> perOperation) {

    /** The fallback: one operation is one unit of work. */
    public static final WorkPerOperation OPERATIONS = new WorkPerOperation("operations", (scenario, workers) -> 1);

    private static final Map<String, WorkPerOperation> BY_WORKLOAD = Map.of(
            // strong scaling: `samples` per operation in total; weak: `samples` per worker
            "montecarlo", new WorkPerOperation("samples", (scenario, workers) ->
                    Double.parseDouble(scenario.params().get("samples")) * (scenario.weakScaling() ? workers : 1)),
            // Jacobi sweeps or in-place updates; Jacobi's bytes are 16 per cell update (GridBench)
            "grid", new WorkPerOperation("cell updates", (scenario, workers) -> GridBench.cellUpdatesPerOp(
                    scenario.params().get("kernel"), intParam(scenario, "size"), intParam(scenario, "steps"))),
            // the STREAM-style probe: bytes moved, whatever the thread count
            "bandwidth", new WorkPerOperation("bytes", (scenario, workers) ->
                    BandwidthBench.bytesPerOp(scenario.params().get("kernel"), intParam(scenario, "size"))),
            // a batch of `tasks` tiny tasks, whatever the chunk size
            "granularity", new WorkPerOperation("tasks", (scenario, workers) -> intParam(scenario, "tasks")),
            // a batch of `tasks` blocking tasks, whatever the worker count
            "blocking", new WorkPerOperation("tasks", (scenario, workers) -> intParam(scenario, "tasks")),
            // the clock probe: `multiplies` dependent multiplies on each of the workers
            "clock", new WorkPerOperation("multiplies", (scenario, workers) -> Double.parseDouble(scenario.params().get("multiplies")) * workers),
            // `adds` additions to the shared total in all, split over the workers
            "contention", new WorkPerOperation("adds", (scenario, workers) -> Double.parseDouble(scenario.params().get("adds"))));

    private static int intParam(Scenario scenario, String name) {
        return Integer.parseInt(scenario.params().get(name));
    }

    /** The rule of a workload, or {@link #OPERATIONS}. */
    public static WorkPerOperation of(String workload) {
        return BY_WORKLOAD.getOrDefault(workload, OPERATIONS);
    }

    /** The work of one operation. */
    public double amount(Scenario scenario, int workers) {
        return perOperation.applyAsDouble(scenario, workers);
    }

    /** The throughput unit, e.g. {@code samples/s}. */
    public String throughputUnit() {
        return unit + "/s";
    }
}
