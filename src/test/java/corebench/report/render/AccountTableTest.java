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
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24.1 and 24.4 in the report: what machine.json says of hardware events (absent, with its reason escaped)
 * replaces the fixed words, the contention scenario says false sharing was not measured, and results that carry
 * JMH perfnorm's events show cycles, instructions and IPC per operation.
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
        String reading = AccountTable.reading(analysis.results().machine(), scenario);
        assertThat(reading).contains("Hardware events (cycles, instructions, cache misses): not available on this"
                        + " machine: perf: cycles <not supported>\\x1b]0;owned\\x07")
                .doesNotContain("\u001b", "Not measured: hardware events", "False sharing");
        assertThat(AccountTable.header(accounts, scenario)).doesNotContainAnyElementsOf(AccountTable.EVENT_HEADER);
        assertThat(AccountTable.reading(analysis.results().machine(), contention(scenario)))
                .endsWith("False sharing (perf c2c HITM counts on the shared counters) needs hardware events and was not"
                        + " measured here.");
    }

    @Test
    void aRunThatDidNotProbeKeepsTheFixedWords() throws Exception {
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(AccountFixtures.childJvmRun(dir))));
        Machine machine = analysis.results().machine();
        assertThat(machine.hardwareEvents()).isNull();
        assertThat(AccountTable.reading(machine, CoreAccounts.of(analysis).getFirst().scenario()))
                .contains("Not measured: hardware events (cycles, instructions, cache misses)");
    }

    @Test
    void countedEventsShowPerOperationWithTheirIpc() throws Exception {
        Path run = AccountFixtures.childJvmRun(dir);
        ResultFixtures.editMachine(run, m -> m.putObject("hardwareEvents").put("available", true));
        ResultFixtures.editResults(run, results -> {
            // perfnorm's events in the process-pool result only: the sequential one has none, shown as none, not 0
            ObjectNode secondary = (ObjectNode) results.get(1).path("secondaryMetrics");
            secondary.putObject("cycles").put("score", 80e6).put("scoreUnit", "#/op");
            secondary.putObject("instructions").put("score", 120e6).put("scoreUnit", "#/op");
            return results;
        });
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(run)));
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        Scenario scenario = accounts.getFirst().scenario();
        assertThat(AccountTable.header(accounts, scenario)).endsWith("cycles per op", "instructions per op", "IPC");
        List<List<String>> rows = AccountTable.rows(accounts, scenario);
        List<String> pool = rows.stream().filter(r -> r.getFirst().equals("process-pool")).findFirst().orElseThrow();
        List<String> sequential = rows.stream().filter(r -> r.getFirst().equals("sequential")).findFirst().orElseThrow();
        assertThat(pool).endsWith("80,000,000", "120,000,000", "1.50");
        assertThat(sequential).endsWith(Numbers.NONE, Numbers.NONE, Numbers.NONE);
        assertThat(AccountTable.reading(analysis.results().machine(), scenario)).contains("Hardware events: counted by perf");
    }

    private static Scenario contention(Scenario like) {
        return new Scenario("contention", like.method(), new TreeMap<>(like.params()));
    }
}
