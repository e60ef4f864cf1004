package corebench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Results folders for tests: copies of the real fixtures in src/test/resources/corebench/report, and
 * synthetic runs in JMH's JSON format with more core counts than this 2-CPU machine can measure.
 */
public final class ResultFixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** Models of the synthetic sweep and their Amdahl serial fractions. */
    public static final Map<String, Double> SERIAL_FRACTIONS = Map.of(
            "platform-pool", 0.02, "forkjoin", 0.005, "virtual", 0.03, "thread-per-task", 0.08);

    public static final int[] CORES = {1, 2, 4, 8, 16};

    /**
     * The 99.9% half-width of a score with 1% noise over 5 iterations, as JMH would give it:
     * t(0.9995, 4) = 8.61 standard errors.
     */
    private static final double NOISE_TO_ERROR = 0.01 * 8.61;

    private ResultFixtures() {
    }

    /** Copies a fixture folder ({@code restricted}, {@code unrestricted}) to {@code dir/name}. */
    public static Path copy(String name, Path dir) {
        return copyTo(name, dir.resolve(name));
    }

    /** Copies a fixture folder to {@code folder}. */
    public static Path copyTo(String name, Path folder) {
        return copyResource("/corebench/report/" + name, folder);
    }

    /** Copies the results folder (jmh.json, machine.json) at class-path {@code resource} to {@code folder}. */
    public static Path copyResource(String resource, Path folder) {
        try {
            Files.createDirectories(folder);
            for (String file : new String[] {"jmh.json", "machine.json"}) {
                try (InputStream in = ResultFixtures.class.getResourceAsStream(resource + "/" + file)) {
                    Files.copy(in, folder.resolve(file));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a results folder's jmh.json with what {@code edit} makes of its array of results. */
    public static void editResults(Path run, UnaryOperator<ArrayNode> edit) throws IOException {
        Path file = run.resolve("jmh.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), edit.apply((ArrayNode) JSON.readTree(file.toFile())));
    }

    /** Rewrites a results folder's machine.json with {@code edit} applied to its root object. */
    public static void editMachine(Path run, Consumer<ObjectNode> edit) throws IOException {
        Path file = run.resolve("machine.json");
        ObjectNode machine = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(machine);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), machine);
    }

    /**
     * A synthetic strong-scaling sweep of Monte Carlo on a 16-CPU machine: sequential on 1 core, the
     * models of {@link #SERIAL_FRACTIONS} following Amdahl with 1% noise on {@link #CORES}, and
     * oversubscription (2 and 4 workers per core) on 16 cores.
     */
    public static Path syntheticSweep(Path dir) throws IOException {
        ArrayNode results = JSON.createArrayNode();
        SplittableRandom random = new SplittableRandom(42);
        double oneCoreMs = 40;
        results.add(result("sequential", 1, 1, "strong", oneCoreMs, 0.4));
        for (Map.Entry<String, Double> model : SERIAL_FRACTIONS.entrySet()) {
            for (int p : CORES) {
                double ms = oneCoreMs * (model.getValue() + (1 - model.getValue()) / p) * (1 + 0.01 * gaussian(random));
                results.add(result(model.getKey(), p, p, "strong", ms, ms * NOISE_TO_ERROR));
            }
            for (int factor : new int[] {2, 4}) {
                double ms = oneCoreMs * (model.getValue() + (1 - model.getValue()) / 16) * (1 + 0.05 * factor);
                results.add(result(model.getKey(), 16 * factor, 16, "strong", ms, ms * NOISE_TO_ERROR));
            }
        }
        Path folder = dir.resolve("synthetic");
        Files.createDirectories(folder);
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("jmh.json").toFile(), results);
        ObjectNode machine = (ObjectNode) JSON.readTree(ResultFixtures.class.getResourceAsStream(
                "/corebench/report/restricted/machine.json"));
        machine.put("machineId", "synthetic-16cpu");
        ((ObjectNode) machine.path("cpu")).put("model", "Synthetic CPU (test data)").put("logicalCores", 16)
                .put("physicalCores", 16);
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("machine.json").toFile(), machine);
        return folder;
    }

    /** One JMH result of MonteCarloBench.pi in ms/op with 5 iterations in one fork. */
    public static ObjectNode result(String model, int workers, int cores, String scaling, double ms, double error) {
        ObjectNode r = JSON.createObjectNode();
        r.put("jmhVersion", "1.37").put("benchmark", "corebench.bench.MonteCarloBench.pi").put("mode", "avgt")
                .put("threads", 1).put("forks", 1);
        ObjectNode params = r.putObject("params");
        params.put("cores", Integer.toString(cores)).put("kernel", "scalar").put("model", model)
                .put("samples", "16777216").put("scaling", scaling).put("seed", "20261121")
                .put("workers", Integer.toString(workers));
        ObjectNode metric = r.putObject("primaryMetric");
        metric.put("score", ms).put("scoreError", error).put("scoreUnit", "ms/op");
        forks(r, metric, ms, error, model + workers + cores + scaling);
        r.putObject("secondaryMetrics");
        return r;
    }

    /** Forks per result. */
    public static final int FORKS = 5;

    /**
     * {@code rawData}: {@link #FORKS} forks of 5 equal iterations whose means average {@code ms} with a 99.9%
     * Student-t half-width of {@code error} over the forks (one fork when {@code error} is {@code NaN}), in
     * rounds of their own ({@code rounds}, from {@code key}): no two results share a round, so their ratios
     * are not paired and their errors add in quadrature, as independent measurements' do.
     */
    public static void forks(ObjectNode result, ObjectNode metric, double ms, double error, String key) {
        ArrayNode raw = metric.putArray("rawData");
        ArrayNode rounds = result.putArray("rounds");
        int firstRound = 10 * Math.floorMod(key.hashCode(), 100_000_000);
        if (Double.isNaN(error)) {
            ArrayNode iterations = raw.addArray();
            for (int i = 0; i < 5; i++) {
                iterations.add(ms);
            }
            rounds.add(firstRound);
            return;
        }
        // offsets -2..2 have s = sqrt(2.5); half-width = t(4) s / sqrt(5)
        double step = error / (Confidence.tQuantile(FORKS) * Math.sqrt(2.5) / Math.sqrt(FORKS));
        List<Integer> offsets = new ArrayList<>(List.of(-2, -1, 0, 1, 2));
        java.util.Collections.shuffle(offsets, new java.util.Random(key.hashCode()));
        for (int offset : offsets) {
            rounds.add(firstRound + rounds.size());
            ArrayNode iterations = raw.addArray();
            for (int i = 0; i < 5; i++) {
                iterations.add(ms + offset * step);
            }
        }
    }

    /**
     * Gives every fork of {@code result} the capacity probe's metrics: {@code before} and {@code after} CPUs, in
     * the last iteration's row (JMH writes 0 for the others).
     */
    public static void capacity(ObjectNode result, double before, double after) {
        int forks = result.at("/primaryMetric/rawData").size();
        ObjectNode secondary = (ObjectNode) result.with("secondaryMetrics");
        for (String name : List.of("capacityBefore", "capacityAfter")) {
            ArrayNode raw = secondary.putObject(name).put("scoreUnit", "CPUs").putArray("rawData");
            for (int f = 0; f < forks; f++) {
                raw.addArray().add(0.0).add(0.0).add(0.0).add(0.0).add(name.endsWith("Before") ? before : after);
            }
        }
    }

    /** Adds {@code n} set-aside forks that got {@code capacity} CPUs, with {@code reason} (none when null). */
    public static void setAside(ObjectNode result, int n, double capacity, String reason) {
        ArrayNode setAside = result.withArray("setAside");
        for (int i = 0; i < n; i++) {
            ObjectNode fork = setAside.addObject().put("round", 3 + i).put("capacity", capacity)
                    .put("slowestCpu", 0.5).put("otherCpus", 0.9);
            if (reason != null) {
                fork.put("reason", reason);
            }
            fork.putArray("rawData").add(30.0).add(31.0);
        }
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
