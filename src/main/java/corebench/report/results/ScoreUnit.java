package corebench.report.results;

import java.util.Map;

/**
 * JMH's score units, converted to seconds per operation. Time modes write {@code <time>/op}
 * ({@code ms/op}, {@code us/op}, ...), throughput mode writes {@code ops/<time>}.
 */
final class ScoreUnit {

    private static final Map<String, Double> SECONDS = Map.of(
            "s", 1.0, "ms", 1e-3, "us", 1e-6, "µs", 1e-6, "ns", 1e-9, "min", 60.0);

    private ScoreUnit() {
    }

    /**
     * A score with its error, in seconds per operation.
     *
     * @throws IllegalArgumentException if the unit is not a JMH time or throughput unit
     */
    static Estimate toSecondsPerOp(Estimate score, String unit) {
        String[] parts = unit == null ? new String[0] : unit.trim().split("/");
        if (parts.length == 2 && parts[1].equals("op") && SECONDS.containsKey(parts[0])) {
            return score.times(SECONDS.get(parts[0]));
        }
        if (parts.length == 2 && parts[0].equals("ops") && SECONDS.containsKey(parts[1])) {
            // ops per time unit -> time units per op -> seconds per op
            return score.reciprocal().times(SECONDS.get(parts[1]));
        }
        throw new IllegalArgumentException("unknown score unit '" + Untrusted.shown(unit) + "' (expected e.g. ms/op or ops/s)");
    }
}
