package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The work per operation a result records itself (format 2, docs/results-format.md): secondary metrics
 * named {@code <unit>PerOp}, JMH events whose every iteration holds the work of one operation. The unit
 * is the name's words: {@code cellUpdatesPerOp} counts {@code cell updates}.
 */
final class WorkCounts {
    private static final String SUFFIX = "PerOp";

    private WorkCounts() {
    }

    /** Unit → amount per operation; a counter whose value is NaN (meaningless for this result) is left out. */
    static Map<String, Double> of(JsonNode secondaryMetrics) {
        Map<String, Double> work = new LinkedHashMap<>();
        secondaryMetrics.properties().forEach(e -> {
            String name = e.getKey();
            if (name.endsWith(SUFFIX) && name.length() > SUFFIX.length()) {
                double perOp = perIteration(e.getValue().path("rawData"));
                if (Double.isFinite(perOp)) {
                    work.put(Untrusted.visible(unit(name.substring(0, name.length() - SUFFIX.length()))), perOp);
                }
            }
        });
        return work;
    }

    /** {@code cellUpdates} → {@code cell updates}. */
    static String unit(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The mean of the iterations' values (they are all the same work); NaN when there are none. */
    private static double perIteration(JsonNode rawData) {
        double sum = 0;
        int n = 0;
        for (JsonNode fork : rawData) {
            for (JsonNode iteration : fork) {
                sum += iteration.isNumber() ? iteration.asDouble() : Double.NaN;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
