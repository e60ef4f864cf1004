package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.analysis.Row;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ReportException;
import corebench.report.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed reference run is in the old format (no work in the results): the reporter's frozen
 * formulas for it and the work today's benchmarks record give the same cells/s, GB/s, samples/s, tasks/s
 * and adds/s, result by result; and it is machine.json's formatVersion that picks the path.
 */
class WorkFormatsTest {
    private static final Path REFERENCE = Path.of("results/amd-epyc-2cpu/20261121T080228Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theReferenceRunReadsTheSameInTheOldAndTheNewFormat() throws Exception {
        Path old = copy(REFERENCE, tmp.resolve("old"));
        Path recorded = copy(REFERENCE, tmp.resolve("new"));
        addCounters(recorded, 1);
        setFormat(recorded, Work.FORMAT_VERSION);

        Map<String, double[]> before = figures(old);
        Map<String, double[]> after = figures(recorded);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(before.keySet().stream().filter(k -> k.startsWith("grid.run")).count()).isEqualTo(47);
        before.forEach((identity, figures) -> {
            assertThat(after.get(identity)[0]).as(identity + " throughput").isEqualTo(figures[0]);
            assertThat(Double.compare(after.get(identity)[1], figures[1])).as(identity + " GB/s " + figures[1]).isZero();
        });
        assertThat(before.values().stream().filter(f -> !Double.isNaN(f[1])).count())
                .as("results with a bandwidth: Jacobi and the probe").isGreaterThan(30);
    }

    @Test
    void theFormatVersionChoosesBetweenRecordedWorkAndTheOldFormulas() throws Exception {
        Path old = copy(REFERENCE, tmp.resolve("old"));
        Path oldWithDoubled = copy(REFERENCE, tmp.resolve("old-doubled"));
        addCounters(oldWithDoubled, 2); // a version-1 folder's counters, had it any, are not what it means
        Path recordedDoubled = copy(REFERENCE, tmp.resolve("new-doubled"));
        addCounters(recordedDoubled, 2);
        setFormat(recordedDoubled, Work.FORMAT_VERSION);

        Map<String, double[]> reference = figures(old);
        Map<String, double[]> ignored = figures(oldWithDoubled);
        Map<String, double[]> taken = figures(recordedDoubled);
        reference.forEach((identity, f) -> {
            assertThat(ignored.get(identity)[0]).as(identity).isEqualTo(f[0]);
            if (!identity.startsWith("startup")) {
                assertThat(taken.get(identity)[0]).as(identity).isEqualTo(2 * f[0]);
            }
        });
    }

    /** identity → {throughput, GB/s or NaN}. */
    private static Map<String, double[]> figures(Path run) throws ReportException {
        Map<String, double[]> out = new TreeMap<>();
        RunAnalysis.of(ResultsReader.read(List.of(run))).scenarios().forEach(s -> s.models().forEach(m -> {
            for (Row r : m.rows()) {
                Double bytes = r.measurement().work().get("bytes");
                double gbs = bytes == null ? Double.NaN : bytes / r.measurement().secondsPerOp().value() / 1e9;
                out.put(r.measurement().identity(), new double[] {r.throughput().value(), gbs});
            }
        }));
        return out;
    }

    /** Adds the counters today's benchmarks record to every result, times {@code factor}. */
    private static void addCounters(Path run, double factor) throws IOException {
        ArrayNode results = (ArrayNode) JSON.readTree(run.resolve("jmh.json").toFile());
        for (JsonNode r : results) {
            ObjectNode secondary = (ObjectNode) r.path("secondaryMetrics");
            String benchmark = r.path("benchmark").asText();
            String kernel = param(r, "kernel");
            switch (benchmark.substring("corebench.bench.".length())) {
                case "MonteCarloBench.pi" -> counter(secondary, "samplesPerOp", factor * Long.parseLong(param(r, "samples"))
                        * ("weak".equals(param(r, "scaling")) ? Integer.parseInt(param(r, "workers")) : 1));
                case "GridBench.run" -> {
                    long cells = GridCounts.cellUpdatesPerOp(kernel, intParam(r, "size"), intParam(r, "steps"));
                    counter(secondary, "cellUpdatesPerOp", factor * cells);
                    counter(secondary, "bytesPerOp", kernel.equals("jacobi")
                            ? factor * cells * GridBench.JACOBI_BYTES_PER_CELL : Double.NaN);
                }
                case "BandwidthBench.stream" -> counter(secondary, "bytesPerOp", factor * BandwidthBench.bytesPerOp(kernel,
                        intParam(r, "size")));
                case "GranularityBench.batch", "BlockingBench.batch" -> counter(secondary, "tasksPerOp",
                        factor * intParam(r, "tasks"));
                case "ContentionBench.add" -> counter(secondary, "addsPerOp", factor * Long.parseLong(param(r, "adds")));
                case "StartupBench.firstTask" -> {
                    // counted in operations
                }
                default -> throw new AssertionError("a benchmark this test does not know: " + benchmark);
            }
        }
        JSON.writeValue(run.resolve("jmh.json").toFile(), results);
    }

    /** A counter as JMH writes one: events summed in the score, one value per iteration in rawData. */
    private static void counter(ObjectNode secondary, String name, double perOp) {
        ObjectNode c = secondary.putObject(name);
        c.put("score", 5 * perOp).put("scoreError", "NaN").put("scoreUnit", "#");
        ArrayNode iterations = c.putArray("rawData").addArray();
        for (int i = 0; i < 5; i++) {
            iterations.add(perOp);
        }
    }

    private static String param(JsonNode r, String name) {
        return r.path("params").path(name).asText();
    }

    private static int intParam(JsonNode r, String name) {
        return Integer.parseInt(param(r, name));
    }

    private static void setFormat(Path run, int version) throws IOException {
        ObjectNode machine = (ObjectNode) JSON.readTree(run.resolve("machine.json").toFile());
        machine.put("formatVersion", version);
        JSON.writeValue(run.resolve("machine.json").toFile(), machine);
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String f : new String[] {"jmh.json", "machine.json"}) {
            Files.copy(from.resolve(f), to.resolve(f));
        }
        return to;
    }
}
