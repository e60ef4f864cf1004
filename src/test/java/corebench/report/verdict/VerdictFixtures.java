package corebench.report.verdict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ReportException;
import corebench.report.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small hand-made runs for the verdict's rules: JMH results (ms/op, 5 iterations) of any corebench
 * benchmark with the figures a test needs, written as a results folder with the restricted fixture's
 * machine.json. The committed reference run is {@link #REFERENCE}.
 */
final class VerdictFixtures {

    /** The committed reference run (the default sweep of mvn verify on the 2-core development machine). */
    static final Path REFERENCE = Path.of("results", "amd-epyc-2cpu", "20261121T080228Z");

    private final List<ObjectNode> results = new ArrayList<>();

    /** A Monte Carlo scalar strong-scaling result: {@code ms} per operation with 99.9% half-width {@code error}. */
    VerdictFixtures montecarlo(String model, int cores, double ms, double error) {
        return add("MonteCarloBench.pi", Map.of("kernel", "scalar", "scaling", "strong", "samples", "16777216",
                "seed", "1"), model, cores, cores, ms, error);
    }

    /** A Monte Carlo result whose forks took {@code forkMs} each (3 equal iterations), in the given rounds. */
    VerdictFixtures montecarloForks(String model, int cores, double[] forkMs, int[] rounds) {
        montecarlo(model, cores, forkMs[0], 0);
        ObjectNode r = (ObjectNode) results.getLast();
        ArrayNode raw = ((ObjectNode) r.get("primaryMetric")).putArray("rawData");
        ArrayNode roundNumbers = r.putArray("rounds");
        for (int f = 0; f < forkMs.length; f++) {
            raw.addArray().add(forkMs[f]).add(forkMs[f]).add(forkMs[f]);
            roundNumbers.add(rounds[f]);
        }
        return this;
    }

    /** A granularity result at a chunk size: a batch of 10,000 tasks in {@code ms}. */
    VerdictFixtures granularity(String model, int cores, int chunk, double ms, double error) {
        return add("GranularityBench.batch", Map.of("chunkSize", Integer.toString(chunk), "tasks", "10000",
                "taskSamples", "10000", "seed", "1"), model, cores, cores, ms, error);
    }

    /** Any result. */
    VerdictFixtures add(String benchmark, Map<String, String> workloadParams, String model, int workers, int cores,
                        double ms, double error) {
        ObjectNode r = ResultFixtures.JSON.createObjectNode();
        r.put("jmhVersion", "1.37").put("benchmark", "corebench.bench." + benchmark).put("mode", "avgt")
                .put("threads", 1).put("forks", 1);
        Map<String, String> params = new LinkedHashMap<>(workloadParams);
        params.put("model", model);
        params.put("workers", Integer.toString(workers));
        params.put("cores", Integer.toString(cores));
        ObjectNode p = r.putObject("params");
        params.forEach(p::put);
        ObjectNode metric = r.putObject("primaryMetric");
        metric.put("score", ms).put("scoreUnit", "ms/op");
        if (Double.isNaN(error)) {
            metric.put("scoreError", "NaN"); // as JMH writes it with too few iterations
        } else {
            metric.put("scoreError", error);
        }
        ResultFixtures.forks(r, metric, ms, error, benchmark + params);
        r.putObject("secondaryMetrics");
        results.add(r);
        return this;
    }

    /** Writes a new results folder under {@code dir} and analyses it. */
    RunAnalysis analyse(Path dir) throws IOException, ReportException {
        Path folder = Files.createTempDirectory(dir, "run").resolve("run");
        ResultFixtures.copyTo("restricted", folder);
        ArrayNode array = ResultFixtures.JSON.createArrayNode();
        results.forEach(array::add);
        Files.delete(folder.resolve("jmh.json"));
        ResultFixtures.JSON.writeValue(folder.resolve("jmh.json").toFile(), array);
        return RunAnalysis.of(ResultsReader.read(List.of(folder)));
    }

    /** The verdict of the run. */
    Verdict verdict(Path dir) throws IOException, ReportException {
        return Verdict.of(analyse(dir));
    }

    /** The verdict's row for a kind of work. */
    static VerdictRow row(Verdict v, String workPrefix) {
        return v.rows().stream().filter(r -> r.work().startsWith(workPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + workPrefix + "' in " + v.rows()));
    }

    /** Each ranked label with its rank, e.g. {@code forkjoin=1}. */
    static List<String> ranks(VerdictRow row) {
        return row.ranking().stream().map(r -> r.contender().label() + "=" + r.rank()).toList();
    }
}
