package corebench.cli;

import static corebench.report.compare.ComparisonFixtures.ONE_CPU;
import static corebench.report.compare.ComparisonFixtures.TWO_CPUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.compare.Comparison;
import corebench.report.compare.ComparisonFixtures;
import corebench.report.compare.Contenders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corebench compare} on two real results folders and on every kind of bad input: one clear line,
 * exit 1, no stack trace, and nothing half-written.
 */
class CompareCommandTest {

    @TempDir
    Path dir;

    private Path one() {
        return ComparisonFixtures.copy(ONE_CPU, dir);
    }

    private Path two() {
        return ComparisonFixtures.copy(TWO_CPUS, dir);
    }

    private Path out() {
        return dir.resolve("charts").resolve("compare").resolve("out");
    }

    /** Compares into {@link #out()}. */
    private CommandRun compare(Object... args) {
        List<String> all = new ArrayList<>(Stream.of(args).map(Object::toString).toList());
        all.addAll(List.of("--out", out().toString()));
        return CommandRun.of(new CompareCommand(), all.toArray(String[]::new));
    }

    private void assertRefused(CommandRun run, String problem) throws IOException {
        run.assertRefused(out(), "corebench compare: ", problem);
    }

    @Test
    void writesTheComparisonOfTwoRealResultsFolders() throws IOException {
        CommandRun r = compare(one(), two());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("comparison of epyc-1cpu, epyc-2cpu written to " + out().resolve("index.html")
                + " (1 scenario, 5 charts, 2 unfair differences, ");
        assertThat(r.err().lines()).contains(
                "unfair: core counts differ: epyc-1cpu measured 1; epyc-2cpu measured 1, 2 ('all cores' compares"
                        + " different numbers of cores)",
                "warning: epyc-1cpu: montecarlo: only one core count ([1]), so no speedup curve and no fit; tables"
                        + " and throughput only");
        try (Stream<Path> files = Files.list(out())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(".corebench-output", "index.html", "summary.md",
                    "comparison.csv", "wins.csv", "measurements.csv",
                    "montecarlo-platform-pool-speedup.png", "montecarlo-platform-pool-speedup.svg",
                    "montecarlo-forkjoin-speedup.png", "montecarlo-forkjoin-speedup.svg",
                    "montecarlo-one-core.png", "montecarlo-one-core.svg", "montecarlo-all-cores.png",
                    "montecarlo-all-cores.svg", "montecarlo-per-core.png", "montecarlo-per-core.svg");
        }
        try (Stream<Path> siblings = Files.list(out().getParent())) {
            assertThat(siblings).containsExactly(out());
        }
        assertThat(Files.readString(out().resolve("summary.md"))).contains("## Read this first",
                "| montecarlo | forkjoin | ", "| per-GHz figures | none (frequency unknown) | none (frequency unknown) |");
    }

    @Test
    void theDefaultOutputIsNamedAfterTheMachines() throws Exception {
        Path one = one();
        Path two = two();
        assertThat(CompareCommand.defaultOut(ComparisonFixtures.compare(one, two)))
                .isEqualTo(Path.of("charts", "compare", "epyc-1cpu-vs-epyc-2cpu"));
        var labelled = Comparison.of(Contenders.read(List.of(one, two), null, Map.of(one, "Laptop (2024)", two, "???")));
        assertThat(CompareCommand.defaultOut(labelled)).isEqualTo(Path.of("charts", "compare", "laptop-2024-vs-machine2"));
    }

    @Test
    void labelsAndTheBaselineAreTheUsers() throws IOException {
        Path one = one();
        Path two = two();
        CommandRun r = compare(one, two, "--baseline", two, "--label", one + "=laptop", "--label", two + "=server");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("comparison of server, laptop written to ");
        assertThat(Files.readString(out().resolve("summary.md"))).contains("Baseline: server",
                "| model | machine | 1 core ÷ server | all cores ÷ server |");
    }

    @Test
    void aFolderOfManyMachinesComparesEachMachinesNewestCompleteRun() throws Exception {
        Path fleet = dir.resolve("fleet");
        Path one = ComparisonFixtures.copy(ONE_CPU, dir, "fleet/epyc-1cpu/20261201T080000Z");
        Path twoComplete = ComparisonFixtures.copy(TWO_CPUS, dir, "fleet/epyc-2cpu/20261201T080000Z");
        Path twoInterrupted = ComparisonFixtures.copy(TWO_CPUS, dir, "fleet/epyc-2cpu/20261202T080000Z");
        ResultFixtures.editMachine(twoInterrupted, m -> m.put("status", "interrupted"));
        ResultFixtures.editMachine(twoComplete, m -> m.put("status", "complete"));
        ResultFixtures.editMachine(one, m -> m.put("status", "complete"));

        assertThat(Contenders.read(List.of(fleet), null, Map.of())).extracting(c -> c.folder())
                .containsExactly(one, twoComplete);
        CommandRun r = compare(fleet);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("comparison of epyc-1cpu, epyc-2cpu written to ");
        // a machine also given on its own (here as the baseline) is compared once
        assertThat(Contenders.read(List.of(fleet), fleet.resolve("epyc-2cpu"), Map.of())).extracting(c -> c.folder())
                .containsExactly(twoComplete, one);
    }

    @Test
    void helpNamesTheArgumentsAndOptions() {
        CommandRun r = CommandRun.of(new CompareCommand(), "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("compare", "RESULT_DIR...", "--out=DIR", "--baseline=DIR", "--label=DIR=NAME",
                "charts/compare/");
    }

    @Test
    void noFolderIsAUsageError() {
        CommandRun r = CommandRun.of(new CompareCommand());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Missing required parameter: 'RESULT_DIR'");
    }

    @Test
    void oneFolderIsNotAComparison() throws IOException {
        Path one = one();
        assertRefused(compare(one), "compare needs at least two results folders, one per machine; got 1 (" + one + ")");
    }

    @Test
    void theSameFolderTwiceIsRefused() throws IOException {
        Path one = one();
        Path again = one.resolve("..").resolve(one.getFileName());
        assertRefused(compare(one, again), again + ": given twice (also as " + one
                + "); compare needs a different results folder per machine");
    }

    @Test
    void resultsWithNoWorkloadInCommonAreRefused() throws IOException {
        Path two = two();
        ResultFixtures.editResults(two, results -> {
            results.forEach(r -> ((ObjectNode) r).put("benchmark", "corebench.bench.GridBench.run"));
            return results;
        });
        assertRefused(compare(one(), two),
                "nothing to compare: the results have no workload in common (epyc-1cpu: montecarlo; epyc-2cpu: grid)");
    }

    @Test
    void aTruncatedResultsFileIsRefused() throws IOException {
        Path two = two();
        String json = Files.readString(two.resolve("jmh.json"));
        Files.writeString(two.resolve("jmh.json"), json.substring(0, json.length() / 2));
        assertRefused(compare(one(), two), two.resolve("jmh.json") + ": not valid JSON, it ends too early (truncated?)");
    }

    @Test
    void aFolderWithoutResultsIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertRefused(compare(one(), empty), empty.resolve("jmh.json") + ": missing (is " + empty
                + " a corebench results folder?)");
    }

    @Test
    void aMissingFolderIsRefused() throws IOException {
        Path missing = dir.resolve("results/nowhere/20261121T000000Z");
        assertRefused(compare(one(), missing), missing + ": no such results folder");
    }

    @Test
    void aLabelForAFolderNotComparedIsRefused() throws IOException {
        assertRefused(compare(one(), two(), "--label", "elsewhere=x"),
                "--label elsewhere=x: elsewhere is not one of the results folders to compare");
    }

    @Test
    void aFailedComparisonLeavesThePreviousOutputIntact() throws IOException {
        Path one = one();
        Path two = two();
        assertThat(compare(one, two).exit()).isZero();
        String before = Files.readString(out().resolve("index.html"));
        Files.writeString(two.resolve("jmh.json"), "[{\"benchmark\": ");
        assertThat(compare(one, two).exit()).isEqualTo(1);
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(out().getParent())) {
            assertThat(siblings).containsExactly(out());
        }
    }
}
