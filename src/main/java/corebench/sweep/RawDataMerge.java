package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.Confidence;
import corebench.format.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Merges JMH results of the same benchmark and parameters measured by several JMH runs (the attempts of
 * an {@link AdaptiveRun}) into one result in JMH's own JSON format: the forks of every attempt become
 * rows of {@code rawData}, and the score, its 99.9% confidence interval and the percentiles are
 * recomputed from all of them exactly as JMH computes them for several forks (every iteration of every
 * fork is one sample; half-width {@code t(0.9995, n-1) * s / sqrt(n)}, {@code NaN} for {@code n <= 2}).
 */
public final class RawDataMerge {
    /** The percentiles JMH writes, as its JSON names them. */
    private static final List<String> PERCENTILES = List.of("0.0", "50.0", "90.0", "95.0", "99.0", "99.9", "99.99",
            "99.999", "99.9999", "100.0");

    private RawDataMerge() {
    }

    /**
     * {@code into} with the forks of {@code more} added (a new object; neither argument changes).
     *
     * @throws IllegalArgumentException when the two are not the same benchmark with the same parameters
     */
    public static ObjectNode merge(ObjectNode into, JsonNode more) {
        if (!sameBenchmark(into, more)) {
            throw new IllegalArgumentException("cannot merge " + into.path("benchmark").asText() + " " + into.path("params")
                    + " with " + more.path("benchmark").asText() + " " + more.path("params"));
        }
        ObjectNode merged = into.deepCopy();
        mergeMetric((ObjectNode) merged.get("primaryMetric"), more.path("primaryMetric"));
        JsonNode secondaries = merged.path("secondaryMetrics");
        if (secondaries instanceof ObjectNode s) {
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                JsonNode other = more.path("secondaryMetrics").path(e.getKey());
                if (!other.isMissingNode()) {
                    mergeMetric((ObjectNode) e.getValue(), other);
                }
            }
        }
        merged.put("forks", merged.path("primaryMetric").path("rawData").size());
        return merged;
    }

    /** Whether two results are the same benchmark, mode and parameters. */
    public static boolean sameBenchmark(JsonNode a, JsonNode b) {
        return a.path("benchmark").equals(b.path("benchmark")) && a.path("mode").equals(b.path("mode"))
                && a.path("params").equals(b.path("params"));
    }

    private static void mergeMetric(ObjectNode metric, JsonNode more) {
        double[] before = samples(metric.path("rawData"));
        // JMH's score of a summed metric (events such as cpuMs) is the sum of its samples, of others the mean
        boolean summed = before.length > 1 && Math.abs(sum(before) - number(metric.path("score")))
                < 1e-9 * Math.max(1, Math.abs(sum(before))) && Math.abs(sum(before) - mean(before)) > 1e-12;
        boolean withError = !Double.isNaN(number(metric.path("scoreError")));
        ArrayNode raw = (ArrayNode) metric.get("rawData");
        more.path("rawData").forEach(fork -> raw.add(fork.deepCopy()));
        double[] all = samples(raw);
        metric.put("score", summed ? sum(all) : mean(all));
        if (summed || !withError && before.length > 2) {
            // JMH gives these no error of its own: keep it that way
            return;
        }
        double error = halfWidth(all);
        putNumber(metric, "scoreError", error);
        ArrayNode ci = metric.putArray("scoreConfidence");
        addNumber(ci, mean(all) - error);
        addNumber(ci, mean(all) + error);
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        for (String p : PERCENTILES) {
            double rank = Double.parseDouble(p);
            percentiles.put(p, rank == 0 ? min(all) : new Percentile().evaluate(all, rank));
        }
    }

    /** Every iteration of every fork of {@code rawData[fork][iteration]}. */
    public static double[] samples(JsonNode rawData) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : rawData) {
            for (JsonNode v : fork) {
                values.add(number(v));
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** JMH's 99.9% half-width of the mean of {@code x}: {@code NaN} for fewer than 3 samples. */
    public static double halfWidth(double[] x) {
        if (x.length <= 2) {
            return Double.NaN;
        }
        return tQuantile(x.length) * standardDeviation(x) / Math.sqrt(x.length);
    }

    /** The Student-t quantile JMH multiplies by for {@code n} samples. */
    static double tQuantile(int n) {
        return Confidence.tQuantile(n);
    }

    /** The half-width relative to the score of a result, {@code NaN} when JMH could not give one. */
    public static double relativeHalfWidth(JsonNode result) {
        JsonNode m = result.path("primaryMetric");
        return Math.abs(number(m.path("scoreError")) / number(m.path("score")));
    }

    static double mean(double[] x) {
        return Samples.mean(x);
    }

    static double standardDeviation(double[] x) {
        return Samples.standardDeviation(x);
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    private static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
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

    /** JMH writes non-finite numbers as strings; so does this. */
    private static void putNumber(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.put(field, Double.isNaN(v) ? "NaN" : v > 0 ? "+INF" : "-INF");
        }
    }

    private static void addNumber(ArrayNode array, double v) {
        if (Double.isFinite(v)) {
            array.add(v);
        } else {
            array.add(Double.isNaN(v) ? "NaN" : v > 0 ? "+INF" : "-INF");
        }
    }
}
