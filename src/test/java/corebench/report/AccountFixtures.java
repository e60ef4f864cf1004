package corebench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Results with the breakdown metrics of docs/results-format.md, given per operation, for the account's tests. */
public final class AccountFixtures {
    private AccountFixtures() {
    }

    /**
     * A run of two results with the breakdown: sequential 40 ms/op on 1 core (39 ms user, 1 of it JIT) and
     * process-pool 25 ms/op on 2 cores (50 ms of core time): 38 work, 2.5 GC/JIT (1 of it in the child JVMs), 2
     * system, 1 extra user, 1.5 others, 5 idle; 0.25 ms at 2 safepoints per operation.
     */
    public static Path childJvmRun(Path dir) throws IOException {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editResults(run, all -> {
            ArrayNode results = ResultFixtures.JSON.createArrayNode();
            results.add(result("sequential", 1, 1, 40, Map.of(
                    "userMs", 39.0, "systemMs", 0.0, "jitCpuMs", 1.0, "stepCpuBusyMs", 40.0, "stepCpuIdleMs", 0.0)));
            results.add(result("process-pool", 2, 2, 25, Map.ofEntries(Map.entry("userMs", 41.5),
                    Map.entry("systemMs", 2.0), Map.entry("gcCpuMs", 1.5), Map.entry("jitCpuMs", 1.0),
                    Map.entry("childGcCpuMs", 0.5), Map.entry("childJitCpuMs", 0.5), Map.entry("safepointMs", 0.25),
                    Map.entry("safepoints", 2.0), Map.entry("stepCpuBusyMs", 45.0), Map.entry("stepCpuIdleMs", 5.0))));
            return results;
        });
        return run;
    }

    /**
     * Sequential 40 ms/op (30 user, 1 of it JIT: 29 work); platform-pool 25 ms/op on 2 cores (50 ms): 29 work, 1 JIT,
     * 2 system, 2 extra user, 3 idle and no others, so 13 ms that neither side holds; its forks got {@code capacity}
     * of 2 CPUs before their measurement and 0.1 more after.
     */
    public static Path shortCapacityRun(Path dir, double capacity) throws IOException {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editResults(run, all -> {
            ArrayNode results = ResultFixtures.JSON.createArrayNode();
            results.add(result("sequential", 1, 1, 40, Map.of(
                    "userMs", 30.0, "systemMs", 0.0, "jitCpuMs", 1.0, "stepCpuBusyMs", 30.0, "stepCpuIdleMs", 10.0)));
            ObjectNode pool = result("platform-pool", 2, 2, 25, Map.of(
                    "userMs", 32.0, "systemMs", 2.0, "jitCpuMs", 1.0, "stepCpuBusyMs", 34.0, "stepCpuIdleMs", 3.0));
            ResultFixtures.capacity(pool, capacity, capacity + 0.1);
            results.add(pool);
            return results;
        });
        return run;
    }

    /** A Monte Carlo result ({@link ResultFixtures#result}) with its breakdown: per-operation values in ms or counts. */
    public static ObjectNode result(String model, int workers, int cores, double msPerOp, Map<String, Double> perOp) {
        ObjectNode result = ResultFixtures.result(model, workers, cores, "strong", msPerOp, msPerOp / 100);
        ArrayNode scores = (ArrayNode) result.path("primaryMetric").path("rawData");
        ObjectNode secondary = (ObjectNode) result.path("secondaryMetrics");
        iterations(secondary, scores, "wallMs", ops -> 400.0);
        for (String zero : new String[] {"stepCpuStealMs", "gcCpuMs", "vmThreadCpuMs"}) {
            iterations(secondary, scores, zero, ops -> 0.0);
        }
        perOp.forEach((name, v) -> iterations(secondary, scores, name, ops -> v * ops));
        return result;
    }

    /**
     * A JMH event as JMH writes it, summed in the score: one value per iteration of every fork of the primary
     * metric, {@code value} of that iteration's operations (400 ms of wall time at the iteration's score).
     */
    private static void iterations(ObjectNode secondary, ArrayNode scores, String name, DoubleUnaryOperator value) {
        ObjectNode metric = secondary.putObject(name);
        ArrayNode raw = metric.putArray("rawData");
        double sum = 0;
        for (var fork : scores) {
            ArrayNode iterations = raw.addArray();
            for (var msPerOp : fork) {
                double v = value.applyAsDouble(400 / msPerOp.asDouble());
                iterations.add(v);
                sum += v;
            }
        }
        metric.put("score", sum).put("scoreUnit", "#");
    }
}
