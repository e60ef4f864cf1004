package corebench.report.results;

import java.util.List;
import java.util.Map;

/**
 * The workload parameters the report computes with (divides by, sorts by): a result must carry each as a
 * positive finite number, else it is left out with a warning naming the parameter. Checked once, when the
 * results are read, so that the analysis and the charts can take them as numbers.
 */
final class NumericParams {

    /** Per workload, the parameters its charts and verdict compute with. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "clock", List.of("multiplies", "cyclesPerMultiply"),
            "granularity", List.of("chunkSize", "tasks"),
            "queue", List.of("taskSamples", "tasks"),
            "blocking", List.of("tasks"),
            "pingpong", List.of("rounds"),
            "contention", List.of("adds"));
    /** Parameters used as numbers wherever they appear (e.g. to order scenarios). */
    private static final List<String> NUMERIC_IF_PRESENT = List.of("size");

    private NumericParams() {
    }

    /** @throws IllegalArgumentException naming the first parameter that is missing or not a positive number */
    static void check(String workload, Map<String, String> params) {
        for (String name : REQUIRED.getOrDefault(workload, List.of())) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("no params." + name + " (the " + workload + " workload needs it)");
            }
        }
        for (String name : params.keySet()) {
            if ((REQUIRED.getOrDefault(workload, List.of()).contains(name) || NUMERIC_IF_PRESENT.contains(name))
                    && !positive(params.get(name))) {
                throw new IllegalArgumentException("params." + name + " must be a positive number, was '"
                        + Untrusted.shown(params.get(name)) + "'");
            }
        }
    }

    private static boolean positive(String value) {
        try {
            double v = Double.parseDouble(value.trim());
            return Double.isFinite(v) && v > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
