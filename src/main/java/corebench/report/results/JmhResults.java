package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JMH's JSON (an array of results, {@code -rf json}) into corebench measurements. Results of
 * other benchmarks are counted and ignored; a corebench result that cannot be used (no model or
 * workers, a NaN or infinite score, an unknown unit) is left out with a warning naming it.
 */
final class JmhResults {

    /** {@code corebench.bench.MonteCarloBench.pi}: the workload class and the benchmark method. */
    private static final Pattern COREBENCH = Pattern.compile("corebench\\.bench\\.(\\w+)Bench\\.(\\w+)");

    /** JMH's own parameters, not the workload's. */
    private static final List<String> CONCURRENCY_PARAMS = List.of("model", "workers", "cores");

    /** What one {@code jmh.json} held. */
    record Parsed(List<Raw> results, List<String> leftOut, int withoutError, int foreign, String foreignExample) {
    }

    /** A corebench result before it is placed on the cores axis (that needs the machine). */
    record Raw(Scenario scenario, String model, int workers, int cores, Estimate secondsPerOp, int samples,
               Map<String, Double> counted, ForkSpread forkSpread, Precision precision, Claim claim,
               Map<Integer, Double> roundSeconds, ForkCapacity capacity) {
    }

    private JmhResults() {
    }

    static Parsed parse(JsonNode root, Path file) throws ReportException {
        if (!root.isArray()) {
            throw new ReportException(file + ": not JMH results (expected a JSON array, found "
                    + root.getNodeType().toString().toLowerCase(Locale.ROOT) + ")");
        }
        if (root.isEmpty()) {
            throw new ReportException(file + ": no results (an empty array)");
        }
        if (root.size() > ResultsReader.MAX_RESULTS) {
            throw new ReportException(file + ": " + root.size() + " results, more than the " + ResultsReader.MAX_RESULTS
                    + " a report takes (a real sweep has a few hundred)");
        }
        List<Raw> results = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int foreign = 0;
        String foreignExample = null;
        int withoutError = 0;
        for (JsonNode result : root) {
            String benchmark = result.path("benchmark").asText("");
            Matcher m = COREBENCH.matcher(benchmark);
            if (!m.matches()) {
                foreign++;
                foreignExample = foreignExample == null ? Untrusted.shown(benchmark) : foreignExample;
                continue;
            }
            try {
                Raw raw = toRaw(result, m.group(1).toLowerCase(Locale.ROOT), m.group(2));
                withoutError += raw.secondsPerOp().hasError() || !raw.claim().claimed() ? 0 : 1;
                results.add(raw);
            } catch (IllegalArgumentException e) {
                leftOut.add(benchmark + " " + Untrusted.shown(Scenario.describe(params(result))) + ": " + e.getMessage());
            }
        }
        return new Parsed(results, leftOut, withoutError, foreign, foreignExample);
    }

    private static Raw toRaw(JsonNode result, String workload, String method) {
        Map<String, String> params = params(result);
        String model = params.get("model");
        if (model == null || !params.containsKey("workers")) {
            throw new IllegalArgumentException("no model or workers parameter");
        }
        int workers = positiveInt(params, "workers", 1);
        int cores = params.containsKey("cores") ? positiveInt(params, "cores", 0) : 0;
        NumericParams.check(workload, params);
        JsonNode metric = result.path("primaryMetric");
        double score = number(metric.path("score"));
        if (!Double.isFinite(score) || score <= 0) {
            throw new IllegalArgumentException("score is " + Untrusted.shown(metric.path("score").asText("missing")));
        }
        double error = number(metric.path("scoreError"));
        ForkReading forks = ForkReading.of(result, metric, metric.path("scoreUnit").asText(null),
                new Estimate(score, Double.isFinite(error) ? error : Double.NaN), samples(metric.path("rawData")));
        Estimate seconds = forks.secondsPerOp();
        if (!Double.isFinite(seconds.value()) || seconds.value() <= 0 || !Double.isFinite(1 / seconds.value())) {
            throw new IllegalArgumentException("score is " + score + ", out of range in seconds per operation");
        }
        if (!Double.isFinite(seconds.error())) {
            seconds = new Estimate(seconds.value(), Double.NaN);
        }
        TreeMap<String, String> workloadParams = new TreeMap<>(params);
        CONCURRENCY_PARAMS.forEach(workloadParams::remove);
        return new Raw(new Scenario(workload, method, workloadParams), model, workers, cores, seconds,
                forks.samples(), WorkCounts.of(result.path("secondaryMetrics")), forkSpread(metric), precision(result.path("precision")),
                forks.claim(), forks.roundSeconds(), ForkCapacity.of(result, metric.path("rawData").size()));
    }

    /** The lowest and highest fork mean, when there are several forks; else {@code null}. */
    private static ForkSpread forkSpread(JsonNode metric) {
        JsonNode raw = metric.path("rawData");
        if (raw.size() < 2) {
            return null;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (JsonNode fork : raw) {
            double sum = 0;
            for (JsonNode v : fork) {
                sum += number(v);
            }
            double mean = ScoreUnit.toSecondsPerOp(new Estimate(sum / fork.size(), 0), metric.path("scoreUnit").asText(null)).value();
            if (!Double.isFinite(mean)) {
                return null;
            }
            low = Math.min(low, mean);
            high = Math.max(high, mean);
        }
        return new ForkSpread(raw.size(), low, high);
    }

    /** The sweep's precision record of a result, or {@code null} when it has none (no target, older runs). */
    private static Precision precision(JsonNode p) {
        if (!p.isObject()) {
            return null;
        }
        return new Precision(number(p.path("targetPercent")), number(p.path("halfWidthPercent")),
                p.path("met").asBoolean(false), p.path("attempts").size(), Untrusted.visible(p.path("stop").asText("")));
    }

    private static Map<String, String> params(JsonNode result) {
        Map<String, String> params = new TreeMap<>();
        result.path("params").properties().forEach(e -> params.put(Untrusted.visible(e.getKey()),
                Untrusted.visible(e.getValue().asText())));
        return params;
    }

    private static int positiveInt(Map<String, String> params, String name, int min) {
        try {
            int v = Integer.parseInt(params.get(name).trim());
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("params." + name + " must be an integer >= " + min + ", was '"
                + Untrusted.shown(params.get(name)) + "'");
    }

    /** A JSON number, or JMH's strings for non-finite values ({@code "NaN"}, {@code "+INF"}, {@code "-INF"}). */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        return switch (node.asText("").trim()) {
            case "+INF", "INF", "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
            case "-INF", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }

    /** Iterations over all forks ({@code rawData[fork][iteration]}). */
    private static int samples(JsonNode rawData) {
        int n = 0;
        for (JsonNode fork : rawData) {
            n += fork.size();
        }
        return n;
    }
}
