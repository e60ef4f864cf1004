package corebench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Results with the breakdown metrics of docs/results-format.md, given per operation, for the account's tests. */
public final class AccountFixtures {
    private AccountFixtures() {
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
