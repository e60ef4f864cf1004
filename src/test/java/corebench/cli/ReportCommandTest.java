package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corebench report} on good and bad input: every bad input gives one line naming the file and the
 * problem, the right exit code, no stack trace, and no half-written output.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(new ReportCommand(), args);
    }

    /** Reports the folders into {@link #out()}. */
    private CommandRun report(Path... folders) {
        List<String> args = new ArrayList<>(Stream.of(folders).map(Path::toString).toList());
        args.addAll(List.of("--out", out().toString()));
        return run(args.toArray(String[]::new));
    }

    private Path out() {
        return dir.resolve("charts").resolve("out");
    }

    /**
     * The warnings but those on the fixture's own noise (fits at a bound, wide intervals: the real
     * fixtures are noisy), which the tests of other warnings do not care about.
     */
    private static List<String> warningsBesidesNoise(CommandRun r) {
        return r.warnings().stream().filter(w -> !w.startsWith("warning: fits that hit a bound")
                && !w.matches("warning: \\d+ result\\(s\\) with a 99.9% CI wider than .*")).toList();
    }

    /** Fails with exactly one error line naming {@code file}, and leaves no output (not even temp folders). */
    private void assertRefused(CommandRun run, Path file, String problem) throws IOException {
        run.assertRefused(out(), "corebench report: " + file, problem);
    }

    @Test
    void writesTheReportOfARealRun() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        CommandRun r = report(run);
        assertThat(r.exit()).isZero();
        assertThat(r.errors()).isEmpty();
        assertThat(warningsBesidesNoise(r)).isEmpty();
        assertThat(r.out()).contains("written to " + out().resolve("index.html")).contains("8 charts")
                .contains("Which model for which work").contains("CPU-bound (Monte Carlo, scalar), 2 cores:");
        try (Stream<Path> files = Files.list(out())) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("index.html", "summary.md", "tables.csv",
                    "fits.csv", "montecarlo-scaling-strong-speedup.png", "montecarlo-scaling-weak-speedup.svg");
        }
        try (Stream<Path> siblings = Files.list(out().getParent())) {
            assertThat(siblings).containsExactly(out());
        }
    }

    @Test
    void helpNamesTheArgumentsAndTheDefault() {
        CommandRun r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("report", "[RESULT_DIR...]", "--out=DIR", "newest run of this machine");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun r = run("--colour=pink");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Unknown option: '--colour=pink'");
    }

    @Test
    void missingFolder() throws IOException {
        Path missing = dir.resolve("results/nowhere/20261121T000000Z");
        assertRefused(report(missing), missing, "no such results folder");
    }

    @Test
    void emptyJson() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        Files.writeString(run.resolve("jmh.json"), "");
        assertRefused(report(run), run.resolve("jmh.json"), ": empty file");
    }

    @Test
    void truncatedJson() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        String json = Files.readString(run.resolve("jmh.json"));
        // cut after an opening brace, so that what is left is valid as far as it goes
        Files.writeString(run.resolve("jmh.json"), json.substring(0, json.lastIndexOf('{', json.length() / 2) + 1));
        assertRefused(report(run), run.resolve("jmh.json"),
                ": not valid JSON, it ends too early (truncated?) at line");
    }

    @Test
    void jmhResultsOfAnotherSuite() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editResults(run, results -> {
            results.forEach(r -> ((ObjectNode) r).put("benchmark",
                    "org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere"));
            return results;
        });
        assertRefused(report(run), run.resolve("jmh.json"),
                ": no corebench results (14 result(s) of other benchmarks, e.g. org.openjdk.jmh.samples.");
    }

    @Test
    void folderWithoutMachineJsonStillReportsRestrictedRuns() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        Files.delete(run.resolve("machine.json"));
        CommandRun r = report(run);
        assertThat(r.exit()).isZero();
        assertThat(warningsBesidesNoise(r)).containsExactly("warning: " + run.resolve("machine.json") + ": missing, so the machine is unknown");
        assertThat(Files.readString(out().resolve("index.html"))).contains("machine unknown (no machine.json)");
    }

    @Test
    void folderWithoutMachineJsonCannotPlaceUnrestrictedRuns() throws IOException {
        Path run = ResultFixtures.copy("unrestricted", dir);
        Files.delete(run.resolve("machine.json"));
        CommandRun r = report(run);
        assertRefused(r, run.resolve("machine.json"),
                ": no machine description, so 6 unrestricted result(s) (cores=0) cannot be placed on the cores axis");
    }

    @Test
    void nanAndInfiniteScoresAreLeftOutWithAWarning() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editResults(run, results -> {
            // two oversubscribed runs (4 workers on 2 cores), so every curve keeps its points
            ((ObjectNode) results.get(7).path("primaryMetric")).put("score", "NaN");
            ((ObjectNode) results.get(13).path("primaryMetric")).put("score", "+INF");
            return results;
        });
        CommandRun r = report(run);
        assertThat(r.exit()).isZero();
        assertThat(warningsBesidesNoise(r)).hasSize(2);
        assertThat(warningsBesidesNoise(r).get(0)).contains(run.resolve("jmh.json").toString()).contains("model=platform-pool")
                .contains("workers=4").endsWith("score is NaN; left out");
        assertThat(warningsBesidesNoise(r).get(1)).endsWith("score is +INF; left out");
        assertThat(out().resolve("index.html")).exists();
    }

    @Test
    void onlyNanScoresGiveNothingToReport() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editResults(run, results -> {
            results.forEach(result -> ((ObjectNode) result.path("primaryMetric")).put("score", "NaN"));
            return results;
        });
        assertRefused(report(run), run.resolve("jmh.json"),
                ": no usable corebench results; all 14 were left out, e.g. corebench.bench.MonteCarloBench.pi");
    }

    @Test
    void singleCoreCountGivesTablesAndThroughputButNoFit() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editResults(run, results -> {
            ArrayNode oneCore = ResultFixtures.JSON.createArrayNode();
            results.forEach(result -> {
                if (result.path("params").path("cores").asText().equals("1")) {
                    oneCore.add(result);
                }
            });
            return oneCore;
        });
        CommandRun r = report(run);
        assertThat(r.exit()).isZero();
        // one line for both scenarios
        assertThat(warningsBesidesNoise(r)).containsExactly("warning: montecarlo scaling=strong, montecarlo scaling=weak:"
                + " only one core count ([1]), so no speedup curve and no fit; tables and throughput only");
        assertThat(out().resolve("montecarlo-scaling-strong-throughput.png")).exists();
        assertThat(out().resolve("montecarlo-scaling-strong-speedup.png")).doesNotExist();
        assertThat(Files.readString(out().resolve("summary.md")))
                .contains("platform-pool: no fit: Amdahl has 2 parameters: a fit needs 3 core counts, one to test it"
                        + " (this run has 1: 2 more)");
    }

    @Test
    void aFailedReportLeavesThePreviousOutputIntact() throws IOException {
        Path good = ResultFixtures.copy("restricted", dir);
        assertThat(report(good).exit()).isZero();
        String before = Files.readString(out().resolve("index.html"));
        Path bad = ResultFixtures.copy("unrestricted", dir);
        Files.writeString(bad.resolve("jmh.json"), "[{\"benchmark\": ");
        CommandRun r = report(bad);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(out().getParent())) {
            assertThat(siblings).containsExactly(out());
        }
    }

    @Test
    void mergesTwoFoldersOfOneMachine() throws IOException {
        Path a = ResultFixtures.copy("restricted", dir);
        Path b = ResultFixtures.copy("unrestricted", dir);
        CommandRun r = report(a, b);
        assertThat(r.exit()).isZero();
        // both have sequential with 1 worker on 1 core (one restricted, one not): different measurements
        assertThat(Files.readString(out().resolve("tables.csv")).lines().filter(l -> l.contains(",sequential,1,")))
                .hasSize(3);
    }

    @Test
    void refusesFoldersOfDifferentMachines() throws IOException {
        Path a = ResultFixtures.copy("restricted", dir);
        Path b = ResultFixtures.syntheticSweep(dir);
        CommandRun r = report(a, b);
        assertRefused(r, b, "come from different machines (synthetic-16cpu, amd-epyc-2cpu)");
    }
}
