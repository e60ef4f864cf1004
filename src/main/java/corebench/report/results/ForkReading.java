package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import corebench.format.ScoreInterval;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A result's score, interval and claim from its forks ({@code rawData}, and {@code rounds} when the sweep
 * recorded them) by {@link ScoreInterval}: not JMH's pooled-iteration {@code scoreError}. A result without
 * usable {@code rawData} keeps JMH's score and error. A {@code "claimed": false} written in the result
 * stands, with its {@code claimReason}.
 *
 * @param secondsPerOp the score and its 99.9% half-width in seconds per operation
 * @param samples      the forks the interval was computed from (iterations, for JMH's own interval)
 * @param claim        whether the result is claimed
 * @param roundSeconds each settled fork's steady mean in seconds per operation, by round
 */
record ForkReading(Estimate secondsPerOp, int samples, Claim claim, Map<Integer, Double> roundSeconds) {

    /** Reads {@code result}, whose primary metric is {@code metric} in {@code unit}. */
    static ForkReading of(JsonNode result, JsonNode metric, String unit, Estimate jmhScore, int jmhSamples) {
        Claim written = written(result);
        double[][] raw = rawData(metric.path("rawData"));
        if (raw == null) {
            return new ForkReading(ScoreUnit.toSecondsPerOp(jmhScore, unit), jmhSamples,
                    written == null ? Claim.CLAIMED : written, Map.of());
        }
        ScoreInterval interval = ScoreInterval.of(raw, rounds(result.path("rounds"), raw.length));
        Map<Integer, Double> rounds = new LinkedHashMap<>();
        interval.roundMeans().forEach((round, mean) ->
                rounds.put(round, ScoreUnit.toSecondsPerOp(Estimate.exact(mean), unit).value()));
        Claim claim = written != null ? written : interval.reason(unit).map(r -> new Claim(r + capacity(result, interval)))
                .orElse(Claim.CLAIMED);
        Estimate seconds = ScoreUnit.toSecondsPerOp(new Estimate(interval.score(), interval.halfWidth()), unit);
        return new ForkReading(seconds, rounds.size(), claim, rounds);
    }

    /** What each mode got of the machine, when the result has several modes and a capacity metric; else empty. */
    private static String capacity(JsonNode result, ScoreInterval interval) {
        if (interval.unclaimed() != ScoreInterval.Unclaimed.MODES) {
            return "";
        }
        return DeliveredCapacity.perFork(result.path("secondaryMetrics"), interval.forks().size())
                .map(perFork -> DeliveredCapacity.ofModes(interval.modes(), interval.settledForks(), perFork)).orElse("");
    }

    /** {@code "claimed": false} with its reason, as the sweep writes it; {@code null} when absent or true. */
    private static Claim written(JsonNode result) {
        JsonNode claimed = result.path("claimed");
        if (claimed.isBoolean() && !claimed.asBoolean()) {
            return new Claim(Untrusted.shown(result.path("claimReason").asText("the sweep set it aside")));
        }
        return null;
    }

    /** {@code rawData[fork][iteration]}, or {@code null} when absent, empty or not all finite numbers. */
    private static double[][] rawData(JsonNode rawData) {
        if (!rawData.isArray() || rawData.isEmpty()) {
            return null;
        }
        double[][] raw = new double[rawData.size()][];
        for (int f = 0; f < raw.length; f++) {
            JsonNode fork = rawData.get(f);
            if (!fork.isArray() || fork.isEmpty()) {
                return null;
            }
            raw[f] = new double[fork.size()];
            for (int i = 0; i < raw[f].length; i++) {
                if (!fork.get(i).isNumber() || !Double.isFinite(fork.get(i).asDouble())) {
                    return null;
                }
                raw[f][i] = fork.get(i).asDouble();
            }
        }
        return raw;
    }

    /** The forks' round numbers ({@code "rounds": [1, 2, ...]} beside rawData), or {@code null} to number them in order. */
    private static int[] rounds(JsonNode rounds, int forks) {
        if (!rounds.isArray() || rounds.size() != forks) {
            return null;
        }
        int[] numbers = new int[forks];
        for (int i = 0; i < forks; i++) {
            if (!rounds.get(i).canConvertToInt()) {
                return null;
            }
            numbers[i] = rounds.get(i).asInt();
        }
        return numbers;
    }
}
