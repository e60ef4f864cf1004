package corebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Malformed, hostile and huge results folders for the fuzz suite, made from the committed real runs under
 * {@code results/} (a few of their results, so that a case reports in well under a second) by a list of
 * mutations that jqwik generates and shrinks: fields deleted, wrong types, huge, tiny and non-finite numbers,
 * control characters, HTML, Markdown and CSV-formula payloads, long and case-folded values, bad CPU lists,
 * symbolic links to a file outside holding {@link #SECRET}, truncated and garbage files, deep nesting, huge arrays,
 * duplicated results, and more scenarios than a report takes.
 */
public final class HostileFolders {
    /** What the file outside the folder holds; no output and no message may ever contain it. */
    public static final String SECRET = "cbsecret7f3a9e41";

    private static final List<Path> REAL_RUNS = List.of(Path.of("results/amd-epyc-2cpu/20261201T130015Z"),
            Path.of("results/amd-epyc-2cpu/20261121T080228Z"));
    private static final String[] FILES = {"jmh.json", "machine.json", "noise.json"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The real runs' files, read once. */
    private static final List<JsonNode[]> SOURCES = REAL_RUNS.stream().map(HostileFolders::read).toList();

    /** What a mutation does. */
    public enum Kind {
        DELETE_FIELD, WRONG_TYPE, HUGE_NUMBER, TINY_NUMBER, NON_FINITE, CONTROL_CHARACTERS, MARKUP, LONG_TEXT,
        CASE_FOLDED_COPY, BAD_CPU_LIST, CLOCK_WITHOUT_PARAMS, SYMLINK_TO_SECRET, TRUNCATE, GARBAGE, DEEP_NESTING,
        HUGE_ARRAY, DUPLICATE_RESULTS, MANY_SCENARIOS
    }

    /**
     * One mutation.
     *
     * @param kind  what it does
     * @param where which file and node it hits (taken modulo what there is)
     * @param what  which variant of it
     */
    public record Mutation(Kind kind, int where, int what) {
    }

    /**
     * One case: which real run, which of its results, and what is done to them.
     *
     * @param run       index into the real runs
     * @param pick      seed of the choice of results
     * @param results   how many results are taken
     * @param mutations applied in order
     */
    public record Case(int run, long pick, int results, List<Mutation> mutations) {
    }

    private HostileFolders() {
    }

    /** The cases jqwik draws from. */
    public static Arbitrary<Case> cases() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20)).as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, REAL_RUNS.size() - 1),
                Arbitraries.longs(), Arbitraries.integers().between(1, 12),
                mutation.list().ofMinSize(1).ofMaxSize(4)).as(Case::new);
    }

    /**
     * Writes the case's results folder into {@code dir/run} and the secret beside it ({@code dir/secret.json},
     * {@code dir/secret.txt}); returns the run folder.
     */
    public static Path write(Case c, Path dir) {
        try {
            Path run = Files.createDirectories(dir.resolve("run"));
            Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
            Files.writeString(dir.resolve("secret.json"), "{\"machineId\": \"" + SECRET + "\", \"cpu\": {\"model\": \""
                    + SECRET + "\", \"logicalCores\": 2}, \"params\": {\"x\": \"" + SECRET + "\"}}\n");
            JsonNode[] docs = new JsonNode[FILES.length];
            for (int i = 1; i < FILES.length; i++) {
                JsonNode source = SOURCES.get(c.run())[i];
                docs[i] = source == null ? null : source.deepCopy();
            }
            docs[0] = sample((ArrayNode) SOURCES.get(c.run())[0], c.results(), new SplittableRandom(c.pick()));
            List<Mutation> onFiles = new ArrayList<>();
            for (Mutation m : c.mutations()) {
                if (!mutateDocument(m, docs)) {
                    onFiles.add(m);
                }
            }
            for (int i = 0; i < FILES.length; i++) {
                if (docs[i] != null) {
                    Files.writeString(run.resolve(FILES[i]), ResultFixtures.JSON.writeValueAsString(docs[i]));
                }
            }
            for (Mutation m : onFiles) {
                mutateFile(m, run, dir);
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode[] read(Path run) {
        JsonNode[] docs = new JsonNode[FILES.length];
        try {
            for (int i = 0; i < FILES.length; i++) {
                Path file = run.resolve(FILES[i]);
                docs[i] = Files.exists(file) ? ResultFixtures.JSON.readTree(file.toFile()) : null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static ArrayNode sample(ArrayNode all, int n, SplittableRandom random) {
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            out.add(all.get(random.nextInt(all.size())).deepCopy());
        }
        return out;
    }

    /** Applies a mutation that changes a document; false for one that works on files. */
    private static boolean mutateDocument(Mutation m, JsonNode[] docs) {
        int file = m.where() % FILES.length;
        JsonNode doc = docs[file] != null ? docs[file] : docs[0];
        ArrayNode results = (ArrayNode) docs[0];
        switch (m.kind()) {
            case DELETE_FIELD -> {
                List<ObjectNode> parents = objects(doc);
                ObjectNode parent = parents.get(m.what() % parents.size());
                List<String> names = new ArrayList<>();
                parent.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    parent.remove(names.get(m.what() % names.size()));
                }
            }
            case WRONG_TYPE -> replace(doc, m, List.<Supplier<JsonNode>>of(() -> NODES.textNode("zero"), NODES::arrayNode,
                    NODES::objectNode, NODES::nullNode, () -> NODES.booleanNode(true), () -> NODES.numberNode(-1)));
            case HUGE_NUMBER -> replace(doc, m, List.of(() -> NODES.numberNode(1e308), () -> NODES.numberNode(-1e308),
                    () -> NODES.numberNode(Long.MAX_VALUE), () -> NODES.textNode("2147483648"), () -> NODES.textNode("1e400")));
            case TINY_NUMBER -> replace(doc, m, List.of(() -> NODES.numberNode(5e-324), () -> NODES.numberNode(0),
                    () -> NODES.numberNode(-0.0), () -> NODES.textNode("5e-324"), () -> NODES.textNode("0")));
            case NON_FINITE -> replace(doc, m, List.of(() -> NODES.textNode("NaN"), () -> NODES.textNode("+INF"),
                    () -> NODES.textNode("-INF"), () -> NODES.textNode("Infinity")));
            case CONTROL_CHARACTERS -> replace(doc, m, List.of(() -> NODES.textNode("x\u001b]0;pwned\u0007y"),
                    () -> NODES.textNode("\u001b[2J\u001b[31mred"), () -> NODES.textNode("a\u202eb\u0000c\r\nd")));
            case MARKUP -> replace(doc, m, List.of(() -> NODES.textNode("<script>alert(1)</script>"),
                    () -> NODES.textNode("[click](javascript:alert(1)) ![x](http://example.invalid/t.png)"),
                    () -> NODES.textNode("=HYPERLINK(\"http://example.invalid\",\"x\")"), () -> NODES.textNode("@SUM(A1)"),
                    () -> NODES.textNode("+1+2"), () -> NODES.textNode("-2+3"), () -> NODES.textNode("\t=1"),
                    () -> NODES.textNode("a,\"b\"\n| c |")));
            case LONG_TEXT -> replace(doc, m, List.of(() -> NODES.textNode("v".repeat(300)), () -> NODES.textNode("W".repeat(5000))));
            case CASE_FOLDED_COPY -> {
                JsonNode r = results.get(m.what() % results.size()).deepCopy();
                if (r.path("params") instanceof ObjectNode params && params.size() > 0) {
                    String key = params.fieldNames().next();
                    params.put(key, params.get(key).asText().toUpperCase(java.util.Locale.ROOT) + (m.where() % 2 == 0 ? "" : "."));
                }
                results.add(r);
            }
            case BAD_CPU_LIST -> {
                if (docs[1] instanceof ObjectNode machine) {
                    ArrayNode cpus = machine.with("cpuRestriction").with("topology").putArray("cpus");
                    cpus.addObject().put("cpu", 0).put("socket", 0).put("core", 0);
                    cpus.addObject().put("cpu", 1).put("socket", 0).put("core", 1);
                    ArrayNode steps = machine.with("plan").putArray("steps");
                    String[] bad = {"zero", "0-2147483647", "1-0", "0-1-2", "-1", "99999", "0,,1", "", "0-4095"};
                    steps.addObject().put("cores", 1).put("cpus", "0");
                    steps.addObject().put("cores", 2).put("cpus", bad[m.what() % bad.length]);
                }
            }
            case CLOCK_WITHOUT_PARAMS -> {
                ObjectNode r = results.get(m.what() % results.size()).deepCopy();
                r.put("benchmark", "corebench.bench.ClockBench.chain");
                ObjectNode params = r.with("params");
                params.remove(m.where() % 2 == 0 ? "multiplies" : "cyclesPerMultiply");
                params.put(m.where() % 2 == 0 ? "cyclesPerMultiply" : "multiplies", m.where() % 3 == 0 ? "abc" : "1");
                results.add(r);
            }
            case DUPLICATE_RESULTS -> {
                int n = 1 + m.what() % 50;
                for (int i = 0; i < n; i++) {
                    results.add(results.get(i % results.size()).deepCopy());
                }
            }
            case MANY_SCENARIOS -> {
                // stripped once, then copied: the secondary metrics are most of a result
                ObjectNode template = results.get(0).deepCopy();
                template.remove("secondaryMetrics");
                template.with("primaryMetric").remove("rawData");
                int n = m.what() % 2 == 0 ? 300 : 5100;
                for (int i = 0; i < n; i++) {
                    ObjectNode r = template.deepCopy();
                    r.with("params").put("seed", Integer.toString(i));
                    results.add(r);
                }
            }
            case HUGE_ARRAY -> {
                ObjectNode r = (ObjectNode) results.get(m.what() % results.size());
                ArrayNode fork = r.with("primaryMetric").putArray("rawData").addArray();
                for (int i = 0; i < 200_000; i++) {
                    fork.add(1.0 + i % 7);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Replaces a node chosen by {@code m.where()} by one of {@code variants} chosen by {@code m.what()}. */
    private static void replace(JsonNode doc, Mutation m, List<Supplier<JsonNode>> variants) {
        List<ObjectNode> parents = objects(doc);
        ObjectNode parent = parents.get(m.where() / FILES.length % parents.size());
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "added" : names.get(m.what() % names.size());
        parent.set(name, variants.get(m.what() % variants.size()).get());
    }

    private static List<ObjectNode> objects(JsonNode doc) {
        List<ObjectNode> out = new ArrayList<>();
        collect(doc, out);
        if (out.isEmpty()) {
            out.add(NODES.objectNode());
        }
        return out;
    }

    private static void collect(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        if (out.size() < 20_000) {
            node.forEach(child -> collect(child, out));
        }
    }

    /** Deletes {@code dir} and everything in it as far as it can (links are deleted, not followed). */
    public static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: what is left, the system's cleaning removes
        }
    }

    private static void mutateFile(Mutation m, Path run, Path dir) throws IOException {
        Path file = run.resolve(FILES[m.where() % FILES.length]);
        switch (m.kind()) {
            case SYMLINK_TO_SECRET -> {
                Files.deleteIfExists(file);
                Files.createSymbolicLink(file, dir.resolve(m.what() % 2 == 0 ? "secret.txt" : "secret.json").toAbsolutePath());
            }
            case TRUNCATE -> {
                if (Files.isRegularFile(file)) {
                    byte[] bytes = Files.readAllBytes(file);
                    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : m.what() % bytes.length));
                }
            }
            case GARBAGE -> {
                String[] garbage = {"", "   \n", "\u0000\u0001\u00ff", SECRET, "{\"a\":", "[1,2", "null", "\"text\"", "{}", "[]"};
                Files.write(file, garbage[m.what() % garbage.length].getBytes(StandardCharsets.ISO_8859_1));
            }
            case DEEP_NESTING -> Files.writeString(file, "[".repeat(5000 + m.what() % 50_000) + "1");
            default -> throw new IllegalStateException("not a file mutation: " + m);
        }
    }
}
