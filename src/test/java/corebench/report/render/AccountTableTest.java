package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.AccountFixtures;
import corebench.report.ResultFixtures;
import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.Machine;
import corebench.report.results.ResultsReader;
import corebench.report.results.Scenario;
import corebench.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24.1 and 24.4 in the report: what machine.json says of hardware events (absent, with its reason escaped)
 * replaces the fixed words, the contention scenario says false sharing was not measured, and results that carry
 * JMH perfnorm's events show cycles, instructions and IPC per operation; contention results that carry perf c2c's
 * sampled HITM loads show them per operation, and where perf c2c did not work the note quotes its escaped reason.
 */
class AccountTableTest {
    @TempDir
    Path dir;

    @Test
    void absentEventsAreNamedWithTheirEscapedReason() throws Exception {
        Path run = AccountFixtures.childJvmRun(dir);
        ResultFixtures.editMachine(run, m -> m.putObject("hardwareEvents").put("available", false)
                .put("reason", "perf: cycles <not supported>\u001b]0;owned\u0007"));
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(run)));
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        Scenario scenario = accounts.getFirst().scenario();
        String reading = AccountTable.reading(analysis.results().machine(), scenario, accounts);
        assertThat(reading).contains("Hardware events (cycles, instructions, cache misses): not available on this"
                        + " machine: perf: cycles <not supported>\\x1b]0;owned\\x07")
                .doesNotContain("\u001b", "Not measured: hardware events", "False sharing");
        assertThat(AccountTable.header(accounts, scenario)).doesNotContainAnyElementsOf(AccountTable.EVENT_HEADER);
        assertThat(AccountTable.reading(analysis.results().machine(), contention(scenario), accounts))
                .endsWith("False sharing (perf c2c HITM counts on the shared counters) needs hardware events and was not"
                        + " measured here.");
    }

    @Test
    void aRunThatDidNotProbeKeepsTheFixedWords() throws Exception {
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(AccountFixtures.childJvmRun(dir))));
        Machine machine = analysis.results().machine();
        assertThat(machine.hardwareEvents()).isNull();
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        assertThat(AccountTable.reading(machine, accounts.getFirst().scenario(), accounts))
                .contains("Not measured: hardware events (cycles, instructions, cache misses)");
    }

    @Test
    void countedEventsShowPerOperationWithTheirIpc() throws Exception {
        Path run = AccountFixtures.childJvmRun(dir);
        ResultFixtures.editMachine(run, m -> m.putObject("hardwareEvents").put("available", true));
        // perfnorm's events in the process-pool result only: the sequential one has none, shown as none, not 0
        poolMetrics(run, Map.of("cycles", 80e6, "instructions", 120e6));
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(run)));
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        Scenario scenario = accounts.getFirst().scenario();
        assertThat(AccountTable.header(accounts, scenario)).endsWith("cycles per op", "instructions per op", "IPC");
        List<List<String>> rows = AccountTable.rows(accounts, scenario);
        assertThat(row(rows, "process-pool")).endsWith("80,000,000", "120,000,000", "1.50");
        assertThat(row(rows, "sequential")).endsWith(Numbers.NONE, Numbers.NONE, Numbers.NONE);
        assertThat(AccountTable.reading(analysis.results().machine(), scenario, accounts)).contains("Hardware events: counted by perf");
    }

    @Test
    void contentionResultsShowTheirSampledHitmPerOperation() throws Exception {
        Path run = contentionRun(dir);
        ResultFixtures.editMachine(run, m -> m.putObject("hardwareEvents").put("available", true)
                .putObject("c2c").put("available", true));
        // perf c2c's samples in the process-pool result only: the sequential one has none, shown as none, not 0
        poolMetrics(run, Map.of("c2cHitm", 1520.5, "c2cLocalHitm", 1500.0, "c2cRemoteHitm", 20.5, "c2cHitmShare", 12.345));
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(run)));
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        Scenario scenario = accounts.getFirst().scenario();
        assertThat(scenario.workload()).isEqualTo("contention");
        assertThat(scenario.params()).containsEntry("strategy", "atomic");
        assertThat(AccountTable.header(accounts, scenario)).endsWith(AccountTable.C2C_HEADER.toArray(String[]::new))
                .doesNotContainAnyElementsOf(AccountTable.EVENT_HEADER);
        List<List<String>> rows = AccountTable.rows(accounts, scenario);
        assertThat(row(rows, "process-pool")).endsWith("1,520.50", "1,500.00", "20.50", Numbers.NONE, "12.35%");
        assertThat(row(rows, "sequential")).endsWith(Numbers.NONE, Numbers.NONE, Numbers.NONE, Numbers.NONE, Numbers.NONE);
        assertThat(AccountTable.reading(analysis.results().machine(), scenario, accounts))
                .contains("False sharing: perf c2c sampled the loads that hit a cache line modified in another core's cache")
                .doesNotContain("not measured");
    }

    @Test
    void whereperfC2cFailedTheContentionNoteQuotesItsEscapedReason() throws Exception {
        Path run = contentionRun(dir);
        ResultFixtures.editMachine(run, m -> m.putObject("hardwareEvents").put("available", false).put("reason", "perf: x")
                .putObject("c2c").put("available", false).put("reason", "failed: memory events not supported\u001b[2J<b>"));
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(run)));
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        Scenario scenario = accounts.getFirst().scenario();
        assertThat(AccountTable.header(accounts, scenario)).doesNotContainAnyElementsOf(AccountTable.C2C_HEADER);
        assertThat(AccountTable.reading(analysis.results().machine(), scenario, accounts))
                .endsWith("False sharing (perf c2c HITM counts on the shared counters) needs hardware events (the CPU's"
                        + " memory-access sampling) and was not measured here: failed: memory events not supported\\x1b[2J<b>")
                .doesNotContain("\u001b");
        Path out = Report.render(analysis, dir.resolve("charts")).folder();
        assertThat(Files.readString(out.resolve("index.html"))).contains("memory events not supported\\x1b[2J&lt;b&gt;")
                .doesNotContain("<b>", "\u001b");
        assertThat(Files.readString(out.resolve("summary.md"))).contains("memory events not supported\\x1b[2J")
                .doesNotContain("<b>", "\u001b");
    }

    /** Adds {@code metrics} (name → score) to the secondary metrics of the run's process-pool result. */
    private static void poolMetrics(Path run, Map<String, Double> metrics) throws IOException {
        ResultFixtures.editResults(run, results -> {
            ObjectNode secondary = (ObjectNode) results.get(1).path("secondaryMetrics");
            metrics.forEach((name, score) -> secondary.putObject(name).put("score", score).put("scoreUnit", "#/op"));
            return results;
        });
    }

    private static List<String> row(List<List<String>> rows, String model) {
        return rows.stream().filter(r -> r.getFirst().equals(model)).findFirst().orElseThrow();
    }

    /** {@link AccountFixtures#childJvmRun}'s two results as the contention workload's atomic strategy. */
    private static Path contentionRun(Path dir) throws Exception {
        Path run = AccountFixtures.childJvmRun(dir);
        ResultFixtures.editResults(run, results -> {
            for (var result : results) {
                ((ObjectNode) result).put("benchmark", "corebench.bench.ContentionBench.add");
                ObjectNode params = (ObjectNode) result.path("params");
                params.remove(List.of("kernel", "samples", "scaling", "seed"));
                params.put("strategy", "atomic").put("adds", "4194304");
            }
            return results;
        });
        return run;
    }

    private static Scenario contention(Scenario like) {
        return new Scenario("contention", like.method(), new TreeMap<>(like.params()));
    }
}
