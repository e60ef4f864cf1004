package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the breakdown metrics ({@link ResourcesPerOp}) of the measurements of a run from the files they came
 * from, and turns iteration sums into amounts per operation: operations in an iteration = its {@code wallMs}
 * / its score in ms per operation ({@code avgt}), or 1 ({@code ss}, one operation per iteration).
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

    /** The breakdown per operation of one JMH result. */
    static ResourcesPerOp perOp(JsonNode result) {
        JsonNode secondary = result.path("secondaryMetrics");
        double[] ops = operations(result, secondary.path("wallMs").path("rawData"));
        if (ops == null) {
            return ResourcesPerOp.NONE;
        }
        Map<String, Double> values = new HashMap<>();
        for (String name : ResourcesPerOp.MILLISECONDS) {
            values.put(name, perOp(secondary.path(name).path("rawData"), ops) / 1e3);
        }
        for (String name : ResourcesPerOp.COUNTS) {
            values.put(name, perOp(secondary.path(name).path("rawData"), ops));
        }
        values.put(ResourcesPerOp.STEP_CPU_COUNT, perIteration(secondary.path(ResourcesPerOp.STEP_CPU_COUNT).path("rawData")));
        values.values().removeIf(v -> !Double.isFinite(v));
        return new ResourcesPerOp(values);
    }

    /** Operations per iteration (forks flattened), or null when they cannot be told. */
    private static double[] operations(JsonNode result, JsonNode wallRaw) {
        JsonNode scores = result.path("primaryMetric").path("rawData");
        double[] score = flat(scores);
        if ("ss".equals(result.path("mode").asText())) {
            double[] ones = new double[score.length];
            Arrays.fill(ones, 1);
            return ones;
        }
        double[] wall = flat(wallRaw);
        if (wall.length != score.length || score.length == 0) {
            return null;
        }
        String unit = result.path("primaryMetric").path("scoreUnit").asText(null);
        double[] ops = new double[score.length];
        for (int i = 0; i < ops.length; i++) {
            double secondsPerOp = ScoreUnit.toSecondsPerOp(new Estimate(score[i], 0), unit).value();
            ops[i] = wall[i] / 1e3 / secondsPerOp;
        }
        return ops;
    }

    /** Σ metric / Σ operations over the iterations where the metric is a number; NaN if none. */
    private static double perOp(JsonNode rawData, double[] ops) {
        double[] v = flat(rawData);
        if (v.length != ops.length) {
            return Double.NaN;
        }
        double sum = 0;
        double n = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i]) && Double.isFinite(ops[i])) {
                sum += v[i];
                n += ops[i];
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private static double perIteration(JsonNode rawData) {
        double[] v = flat(rawData);
        return Arrays.stream(v).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    private static double[] flat(JsonNode rawData) {
        List<Double> out = new ArrayList<>();
        for (JsonNode fork : rawData) {
            for (JsonNode v : fork) {
                out.add(v.isNumber() ? v.asDouble() : Double.NaN);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String key(String workload, String method, Map<String, String> params, String model, int workers,
                              int cores) {
        return workload + "." + method + " " + params + " " + model + " " + workers + " " + cores;
    }
}
