package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.HostileText;
import corebench.report.ResultFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 22, the reporter's side: results folders from strangers are untrusted input. One test per problem
 * reproduced on main before the fix (each failed there): a link that leaks a file, a bad field that stopped the
 * whole report, no bound on what a folder makes the reporter do, chart files that overwrote each other, and
 * text that acts in a spreadsheet, a terminal or a Markdown viewer.
 */
class UntrustedResultsTest {
    private static final String SECRET = "cbsecret5e1f";

    @TempDir
    Path dir;

    private Path run() {
        return ResultFixtures.copy("restricted", dir);
    }

    private Path out() {
        return dir.resolve("charts").resolve("out");
    }

    private CommandRun report(Path run) {
        return CommandRun.of(new ReportCommand(), run.toString(), "--out", out().toString());
    }

    private String outputText() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(out())) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                b.append(Files.readString(f));
            }
        }
        return b.toString();
    }

    private static ObjectNode firstResultWith(ArrayNode results, String param, String value) {
        ObjectNode copy = (ObjectNode) results.get(0).deepCopy();
        ((ObjectNode) copy.path("params")).put(param, value);
        return copy;
    }

    @Test
    void aMachineJsonLinkedToAFileOutsideIsNotFollowedAndTheFileNeverQuoted() throws IOException {
        Path run = run();
        Path secret = Files.writeString(dir.resolve("token.txt"), SECRET + "\n");
        Files.delete(run.resolve("machine.json"));
        Files.createSymbolicLink(run.resolve("machine.json"), secret);
        CommandRun r = report(run);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.warnings()).contains("warning: " + run.resolve("machine.json")
                + ": a symbolic link, not followed (a results folder holds its own files); the machine is unknown");
        assertThat(r.err() + r.out() + outputText()).doesNotContain(SECRET);
    }

    @Test
    void aFileThatIsNotJsonIsNeverQuotedInTheMessage() throws IOException {
        Path run = run();
        Files.writeString(run.resolve("jmh.json"), SECRET + " and more");
        CommandRun r = report(run);
        r.assertRefused(out(), "corebench report: " + run.resolve("jmh.json"),
                ": not valid JSON, a syntax error at line 1, column");
        assertThat(r.err()).doesNotContain(SECRET);
    }

    private static void topologyWithSecondStep(ObjectNode machine, String cpus) {
        ArrayNode topology = machine.with("cpuRestriction").with("topology").putArray("cpus");
        topology.addObject().put("cpu", 0).put("socket", 0).put("core", 0);
        topology.addObject().put("cpu", 1).put("socket", 0).put("core", 1);
        ArrayNode steps = machine.with("plan").putArray("steps");
        steps.addObject().put("cores", 1).put("cpus", "0");
        steps.addObject().put("cores", 2).put("cpus", cpus);
    }

    @Test
    void aStepsCpuListThatIsNoNumberOrFillsTheHeapIsAWarning() throws IOException {
        for (String cpus : List.of("zero", "0-2147483647")) {
            Path run = ResultFixtures.copy("restricted", dir.resolve(cpus));
            ResultFixtures.editMachine(run, m -> topologyWithSecondStep(m, cpus));
            CommandRun r = report(run);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.warnings()).contains("warning: " + run.resolve("machine.json") + ": plan.steps[1].cpus is not a"
                    + " CPU list of CPUs 0 to 8191; the CPUs of the steps are not shown");
        }
    }

    @Test
    void aClockResultWithoutItsParametersIsLeftOutWithAWarning() throws IOException {
        Path run = run();
        ResultFixtures.editResults(run, results -> {
            ObjectNode clock = results.get(0).deepCopy();
            clock.put("benchmark", "corebench.bench.ClockBench.chain");
            ((ObjectNode) clock.path("params")).put("cyclesPerMultiply", "1");
            return results.add(clock);
        });
        CommandRun r = report(run);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("warning: " + run.resolve("jmh.json")
                + ": corebench.bench.ClockBench.chain ").endsWith(": no params.multiplies (the clock workload needs it); left out"));
    }

    @Test
    void aScoreThatIsZeroInSecondsIsLeftOutWithAWarning() throws IOException {
        Path run = run();
        ResultFixtures.editResults(run, results -> {
            ObjectNode tiny = firstResultWith(results, "seed", "1");
            ObjectNode metric = (ObjectNode) tiny.path("primaryMetric");
            metric.put("score", 5e-324);
            // the score is computed from the forks' iterations where they are there: make those tiny too
            metric.path("rawData").forEach(fork -> {
                for (int i = 0; i < fork.size(); i++) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) fork).set(i, 5e-324);
                }
            });
            return results.add(tiny);
        });
        CommandRun r = report(run);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w)
                .endsWith(": score is 4.9E-324, out of range in seconds per operation; left out"));
    }

    @Test
    void aJmhJsonOfEightyMegabytesIsRefusedInOneLine() throws IOException {
        Path run = run();
        try (RandomAccessFile huge = new RandomAccessFile(run.resolve("jmh.json").toFile(), "rw")) {
            huge.setLength(81L << 20); // sparse: no disk used
        }
        report(run).assertRefused(out(), "corebench report: " + run.resolve("jmh.json"),
                ": 81 MB, more than the 32 MB a results file may have");
    }

    @Test
    void runningOutOfMemoryIsOneLineNotAStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int exit = OutputCommands.run(cl.getCommandSpec(), "report", "the report", (out, e) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("corebench report: the results need more memory than this JVM has"
                + " (OutOfMemoryError); the previous output is unchanged" + System.lineSeparator());
    }

    @Test
    void aTruncatedNoiseJsonIsAWarning() throws IOException {
        Path run = run();
        Files.writeString(run.resolve("noise.json"), "{\"steps\": [{\"cores\": 1, \"otherCpu");
        CommandRun r = report(run);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.warnings()).contains("warning: " + run.resolve("noise.json") + ": not valid JSON, it ends too early"
                + " (truncated?) at line 1, column 34; whether the machine was quiet is unknown");
    }

    @Test
    void moreScenariosThanAReportTakesAreRefusedInOneLine() throws IOException {
        Path run = run();
        ResultFixtures.editResults(run, results -> {
            for (int i = 0; i < 251; i++) {
                results.add(firstResultWith(results, "seed", "s" + i));
            }
            return results;
        });
        report(run).assertRefused(out(), "corebench report: " + run, "scenarios, more than a report takes");
    }

    @Test
    void labelsThatDifferOnlyInCaseOrAreLongGetTheirOwnChartsAndIds() throws IOException {
        Path run = run();
        ResultFixtures.editResults(run, results -> {
            int n = results.size();
            for (int i = 0; i < n; i++) {
                results.add(firstResultWith(ResultFixtures.JSON.createArrayNode().add(results.get(i)), "kernel", "SCALAR"));
                results.add(firstResultWith(ResultFixtures.JSON.createArrayNode().add(results.get(i)), "kernel", "x".repeat(300)));
            }
            return results;
        });
        CommandRun r = report(run);
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher charts = Pattern.compile("\\((\\d+) charts").matcher(r.out());
        assertThat(charts.find()).isTrue();
        try (Stream<Path> files = Files.list(out())) {
            List<String> pngs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
            assertThat(pngs).hasSize(Integer.parseInt(charts.group(1)))
                    .allSatisfy(n -> assertThat(n.getBytes(StandardCharsets.UTF_8).length).isLessThan(255));
        }
        HostileText.assertSafeOutput(out()); // ids unique
    }

    @Test
    void textFromAResultsFolderActsNowhere() throws IOException {
        Path run = run();
        ResultFixtures.editResults(run, results -> results
                .add(firstResultWith(results, "model", "=HYPERLINK(\"http://example.invalid\")"))
                .add(firstResultWith(results, "kernel", "<script>alert(1)</script>[x](http://example.invalid)"))
                .add(firstResultWith(results, "kernel", "\u001b]0;title\u0007\u001b[2J")));
        ResultFixtures.editResults(run, results -> {
            ((ObjectNode) results.get(results.size() - 1).path("primaryMetric")).put("scoreUnit", "\u001b[2Jms/op");
            return results;
        });
        CommandRun r = report(run);
        assertThat(r.exit()).as(r.err()).isZero();
        HostileText.assertSafeForTerminal(r.out() + r.err());
        assertThat(r.err()).contains("\\x1b[2Jms/op");
        Path out = out();
        assertThat(Files.readString(out.resolve("tables.csv"))).contains(",\"'=HYPERLINK(").doesNotContain(",=")
                .doesNotContain(",\"=");
        assertThat(Files.readString(out.resolve("summary.md"))).contains("&lt;script>alert(1)&lt;/script>[x]\\(http")
                .doesNotContain("<script");
        assertThat(Files.readString(out.resolve("index.html"))).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script");
        HostileText.assertSafeOutput(out);
    }
}
