package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import corebench.format.ScoreInterval;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the breakdown metrics ({@link ResourcesPerOp}) of the measurements of a run from the files they came
 * from, and turns iteration sums into amounts per operation: operations in an iteration = its {@code wallMs}
 * / its score in ms per operation ({@code avgt}), or 1 ({@code ss}, one operation per iteration). The amounts are
 * averaged as the score is, over the iterations it stands on, so that they add up to its core time: a warm-up
 * iteration's extra CPU is not charged to the steady operation, nor a fast iteration's many operations weighted
 * above a slow one's few, nor a fork the score leaves out ({@link ScoreInterval#scoredForks}) counted.
 */
public final class ResourceReader {
    private static final Pattern COREBENCH = Pattern.compile("corebench\\.bench\\.(\\w+)Bench\\.(\\w+)");

    private final Map<Path, Map<String, ResourcesPerOp>> byFile = new HashMap<>();

    /** The breakdown of {@code m}, {@link ResourcesPerOp#NONE} if its file holds none (or cannot be read). */
    public ResourcesPerOp of(Measurement m) {
        Map<String, ResourcesPerOp> file = byFile.computeIfAbsent(m.source(), ResourceReader::readFile);
        String key = key(m.scenario().workload(), m.scenario().method(), m.scenario().params(), m.model(),
                m.workers(), m.restricted() ? m.cores() : 0);
        return file.getOrDefault(key, ResourcesPerOp.NONE);
    }

    private static Map<String, ResourcesPerOp> readFile(Path file) {
        Map<String, ResourcesPerOp> out = new HashMap<>();
        JsonNode root;
        try {
            root = JsonFiles.read(file);
        } catch (ReportException e) {
            return out;
        }
        for (JsonNode result : root) {
            Matcher m = COREBENCH.matcher(result.path("benchmark").asText(""));
            if (!m.matches()) {
                continue;
            }
            TreeMap<String, String> params = new TreeMap<>();
            result.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            String model = params.remove("model");
            String workers = params.remove("workers");
            String cores = params.remove("cores");
            try {
                out.put(key(m.group(1).toLowerCase(Locale.ROOT), m.group(2), params, model,
                        Integer.parseInt(workers.trim()), cores == null ? 0 : Integer.parseInt(cores.trim())), perOp(result));
            } catch (RuntimeException e) {
                // a result the main reader also leaves out (no model, no workers): nothing to account
            }
        }
        return out;
    }

    /** The breakdown per operation of one JMH result, averaged over its iterations as its score is. */
    static ResourcesPerOp perOp(JsonNode result) {
        JsonNode secondary = result.path("secondaryMetrics");
        double[][] scores = rows(result.path("primaryMetric").path("rawData"));
        double[][] ops = operations(result, scores, rows(secondary.path("wallMs").path("rawData")));
        if (ops == null) {
            return ResourcesPerOp.NONE;
        }
        ScoreInterval interval = ScoreInterval.of(scores, null);
        Map<String, Double> values = new HashMap<>();
        for (String name : ResourcesPerOp.MILLISECONDS) {
            values.put(name, perOp(rows(secondary.path(name).path("rawData")), ops, interval) / 1e3);
        }
        for (String name : ResourcesPerOp.COUNTS) {
            values.put(name, perOp(rows(secondary.path(name).path("rawData")), ops, interval));
        }
        for (String name : ResourcesPerOp.HARDWARE_EVENTS) {
            JsonNode score = secondary.path(name).path("score");
            values.put(name, score.isNumber() && score.asDouble() >= 0 ? score.asDouble() : Double.NaN);
        }
        values.put(ResourcesPerOp.STEP_CPU_COUNT, perIteration(secondary.path(ResourcesPerOp.STEP_CPU_COUNT).path("rawData")));
        values.values().removeIf(v -> !Double.isFinite(v));
        return new ResourcesPerOp(values);
    }

    /** Operations per iteration, by fork, or null when they cannot be told. */
    private static double[][] operations(JsonNode result, double[][] scores, double[][] wall) {
        boolean singleShot = "ss".equals(result.path("mode").asText());
        if (scores.length == 0 || !singleShot && !sameShape(scores, wall)) {
            return null;
        }
        String unit = result.path("primaryMetric").path("scoreUnit").asText(null);
        double[][] ops = new double[scores.length][];
        for (int f = 0; f < ops.length; f++) {
            ops[f] = new double[scores[f].length];
            for (int i = 0; i < ops[f].length; i++) {
                ops[f][i] = singleShot ? 1 : wall[f][i] / 1e3 / ScoreUnit.toSecondsPerOp(new Estimate(scores[f][i], 0), unit).value();
            }
        }
        return ops;
    }

    /**
     * A metric per operation as the score is made ({@link ScoreInterval}): each iteration's metric over its operations,
     * averaged over a fork's steady iterations, then over the forks the score stands on; over every iteration when no
     * fork settled. NaN where the metric has no number.
     */
    private static double perOp(double[][] metric, double[][] ops, ScoreInterval interval) {
        if (!sameShape(metric, ops)) {
            return Double.NaN;
        }
        boolean settled = interval.forks().stream().anyMatch(f -> f.steady().settled());
        double sum = 0;
        int n = 0;
        for (int f : interval.scoredForks()) {
            double forkSum = 0;
            int forkN = 0;
            for (int i = 0; i < ops[f].length; i++) {
                double v = metric[f][i] / ops[f][i];
                if ((!settled || interval.forks().get(f).steady().counts()[i]) && Double.isFinite(v)) {
                    forkSum += v;
                    forkN++;
                }
            }
            if (!settled) {
                sum += forkSum;
                n += forkN;
            } else if (forkN > 0) {
                sum += forkSum / forkN;
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private static boolean sameShape(double[][] a, double[][] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int f = 0; f < a.length; f++) {
            if (a[f].length != b[f].length) {
                return false;
            }
        }
        return true;
    }

    private static double perIteration(JsonNode rawData) {
        return Arrays.stream(rows(rawData)).flatMapToDouble(Arrays::stream).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    /** Each fork's row; NaN where not a number. */
    private static double[][] rows(JsonNode rawData) {
        double[][] rows = new double[rawData.size()][];
        for (int f = 0; f < rows.length; f++) {
            JsonNode fork = rawData.get(f);
            rows[f] = new double[fork.size()];
            for (int i = 0; i < rows[f].length; i++) {
                rows[f][i] = fork.get(i).isNumber() ? fork.get(i).asDouble() : Double.NaN;
            }
        }
        return rows;
    }

    private static String key(String workload, String method, Map<String, String> params, String model, int workers,
                              int cores) {
        return workload + "." + method + " " + params + " " + model + " " + workers + " " + cores;
    }
}
