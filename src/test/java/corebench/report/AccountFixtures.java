package corebench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Results with the breakdown metrics of docs/results-format.md, given per operation, for the account's tests. */
public final class AccountFixtures {
    private AccountFixtures() {
    }

    /** A Monte Carlo result ({@link ResultFixtures#result}) with its breakdown: per-operation values in ms or counts. */
    public static ObjectNode result(String model, int workers, int cores, double msPerOp, Map<String, Double> perOp) {
        ObjectNode result = ResultFixtures.result(model, workers, cores, "strong", msPerOp, msPerOp / 100);
        double opsPerIteration = 400 / msPerOp;
        ObjectNode secondary = (ObjectNode) result.path("secondaryMetrics");
        iterations(secondary, "wallMs", 400);
        for (String zero : new String[] {"stepCpuStealMs", "gcCpuMs", "vmThreadCpuMs"}) {
            iterations(secondary, zero, 0);
        }
        perOp.forEach((name, v) -> iterations(secondary, name, v * opsPerIteration));
        return result;
    }

    /** A JMH event as JMH writes it: 5 iterations of one fork, summed in the score. */
    private static void iterations(ObjectNode secondary, String name, double perIteration) {
        ObjectNode metric = secondary.putObject(name);
        metric.put("score", perIteration * 5).put("scoreUnit", "#");
        ArrayNode raw = metric.putArray("rawData").addArray();
        for (int i = 0; i < 5; i++) {
            raw.add(perIteration);
        }
    }
}
