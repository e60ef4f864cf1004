package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import corebench.format.ScoreInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * One result in JMH's JSON from the forks a benchmark got in its rounds: the counted forks are the rows of
 * {@code rawData} (and of each secondary metric's), their rounds the {@code rounds} array; score and 99.9% interval
 * come from the fork means ({@link ScoreInterval}), so that {@code scoreError} is the half-width JMH tools read. A
 * result not claimed says so in {@code "claimed": false} and {@code claimReason}; forks set aside ({@link ForkCheck})
 * are kept in {@code setAside}, outside rawData.
 */
public final class RoundMerge {
    /** The percentiles JMH writes, as its JSON names them. */
    private static final List<String> PERCENTILES = List.of("0.0", "50.0", "90.0", "95.0", "99.0", "99.9", "99.99",
            "99.999", "99.9999", "100.0");
    /** Where a round file's result keeps its fork's check until the merge. */
    static final String CHECK = "forkCheck";

    private RoundMerge() {
    }

    /** A benchmark's result of one round (JMH's JSON of one fork, with its {@link #CHECK} when set aside). */
    public record Fork(int round, JsonNode result) {
    }

    /**
     * The merged result of one benchmark's forks, in round order.
     *
     * @throws IllegalArgumentException when they are not the same benchmark with the same parameters
     */
    public static ObjectNode merge(List<Fork> forks) {
        if (forks.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        JsonNode first = forks.get(0).result();
        List<Fork> counted = new ArrayList<>();
        ArrayNode setAside = JsonNodeFactory.instance.arrayNode();
        for (Fork f : forks) {
            if (!sameBenchmark(first, f.result())) {
                throw new IllegalArgumentException("cannot merge " + first.path("benchmark").asText() + " " + first.path("params")
                        + " with " + f.result().path("benchmark").asText() + " " + f.result().path("params"));
            }
            JsonNode check = f.result().path(CHECK);
            if (check.isObject() && check.path("reason").isTextual()) {
                ObjectNode aside = ((ObjectNode) check).deepCopy();
                aside.put("round", f.round());
                aside.set("rawData", f.result().path("primaryMetric").path("rawData").path(0).deepCopy());
                setAside.add(aside);
            } else {
                counted.add(f);
            }
        }
        ObjectNode merged = (counted.isEmpty() ? forks.get(0) : counted.get(0)).result().deepCopy();
        merged.remove(CHECK);
        ArrayNode rounds = merged.putArray("rounds");
        ObjectNode primary = (ObjectNode) merged.get("primaryMetric");
        ArrayNode raw = primary.putArray("rawData");
        for (Fork f : counted) {
            for (JsonNode row : f.result().path("primaryMetric").path("rawData")) {
                raw.add(row.deepCopy());
                rounds.add(f.round());
            }
        }
        // the secondary metrics come from the forks the score does: the set-aside ones when none was counted
        mergeSecondaries(merged, counted.isEmpty() ? forks : counted);
        merged.put("forks", raw.size());
        String unit = primary.path("scoreUnit").asText("");
        // with no fork counted, the set-aside ones give the score, and no interval
        boolean none = counted.isEmpty();
        double[][] rows = (none ? setAside.valueStream().map(a -> a.path("rawData")) : raw.valueStream()).map(RoundMerge::values)
                .toArray(double[][]::new);
        ScoreInterval interval = ScoreInterval.of(rows, none ? null : rounds.valueStream().mapToInt(JsonNode::asInt).toArray());
        putScore(primary, interval.score(), none ? Double.NaN : interval.halfWidth(), rows);
        (none ? Optional.of("no fork got the step's CPUs (" + setAside.size() + " set aside)") : interval.reason(unit))
                .ifPresent(reason -> merged.put("claimed", false).put("claimReason", reason));
        if (!setAside.isEmpty()) {
            merged.set("setAside", setAside);
        }
        return merged;
    }

    /** Each secondary metric with the counted forks' rows; a metric some fork lacks is dropped (rows must align). */
    private static void mergeSecondaries(ObjectNode merged, List<Fork> counted) {
        if (!(merged.path("secondaryMetrics") instanceof ObjectNode secondaries)) {
            return;
        }
        List<String> names = new ArrayList<>();
        secondaries.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            ArrayNode raw = JsonNodeFactory.instance.arrayNode();
            double scores = 0;
            boolean complete = true;
            for (Fork f : counted) {
                JsonNode metric = f.result().path("secondaryMetrics").path(name);
                complete &= metric.isObject();
                metric.path("rawData").forEach(row -> raw.add(row.deepCopy()));
                scores += number(metric.path("score"));
            }
            if (!complete) {
                secondaries.remove(name);
                continue;
            }
            ObjectNode metric = (ObjectNode) secondaries.get(name);
            metric.set("rawData", raw);
            // each fork's score is what JMH made of its rows (a mean, a sum or a maximum): their mean stands for a fork
            putNumber(metric, "score", scores / counted.size());
            putNumber(metric, "scoreError", Double.NaN);
            metric.remove("scoreConfidence");
            metric.remove("scorePercentiles");
        }
    }

    private static void putScore(ObjectNode metric, double score, double halfWidth, double[][] rows) {
        putNumber(metric, "score", score);
        putNumber(metric, "scoreError", halfWidth);
        metric.putArray("scoreConfidence").add(json(score - halfWidth)).add(json(score + halfWidth));
        double[] all = Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        for (String p : PERCENTILES) {
            double rank = Double.parseDouble(p);
            percentiles.put(p, all.length == 0 ? Double.NaN : rank == 0 ? Arrays.stream(all).min().orElseThrow()
                    : new Percentile().evaluate(all, rank));
        }
    }

    /** Whether two results are the same benchmark, mode and parameters. */
    static boolean sameBenchmark(JsonNode a, JsonNode b) {
        return a.path("benchmark").equals(b.path("benchmark")) && a.path("mode").equals(b.path("mode"))
                && a.path("params").equals(b.path("params"));
    }

    /** A result's parameters as JMH names them. */
    static Map<String, String> params(JsonNode result) {
        Map<String, String> params = new java.util.TreeMap<>();
        result.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        return params;
    }

    private static double[] values(JsonNode row) {
        return row.valueStream().mapToDouble(RoundMerge::number).toArray();
    }

    /** A JSON number or one of JMH's strings for non-finite values. */
    static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        return switch (node.asText("").trim()) {
            case "+INF", "INF", "Infinity" -> Double.POSITIVE_INFINITY;
            case "-INF", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }

    private static void putNumber(ObjectNode node, String field, double v) {
        node.set(field, json(v));
    }

    /** JMH writes non-finite numbers as strings; so does this. */
    private static JsonNode json(double v) {
        return Double.isFinite(v) ? DoubleNode.valueOf(v) : TextNode.valueOf(Double.isNaN(v) ? "NaN" : v > 0 ? "+INF" : "-INF");
    }
}
