package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.analysis.Caveats;
import corebench.report.analysis.RunAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader makes of the sweep's precision records, several forks, and the noise record. */
class PrecisionAndNoiseReadingTest {
    @TempDir
    Path tmp;

    /** The synthetic sweep with virtual on 2 cores in 2 forks that missed +-5%, forkjoin on 2 cores that met it. */
    private Path sweepWithPrecision() throws IOException {
        Path run = ResultFixtures.syntheticSweep(tmp);
        ResultFixtures.editResults(run, results -> {
            for (var r : results) {
                ObjectNode o = (ObjectNode) r;
                String model = o.at("/params/model").asText();
                if (!o.at("/params/workers").asText().equals("2")) {
                    continue;
                }
                if (model.equals("virtual")) {
                    ArrayNode raw = ((ObjectNode) o.get("primaryMetric")).putArray("rawData");
                    raw.addArray().add(20.0).add(20.4).add(19.6);
                    raw.addArray().add(22.0).add(22.4).add(21.6);
                    o.put("forks", 2);
                    o.putObject("precision").put("targetPercent", 5.0).put("halfWidthPercent", 12.5).put("met", false)
                            .put("stop", "allowance spent").put("allowanceSeconds", 30.0).putArray("attempts").addObject()
                            .put("forks", 2).put("iterations", 3).put("seconds", 8.1).put("halfWidthPercent", 12.5);
                } else if (model.equals("forkjoin")) {
                    ArrayNode attempts = o.putObject("precision").put("targetPercent", 5.0).put("halfWidthPercent", 3.0)
                            .put("met", true).put("stop", "met").put("allowanceSeconds", 30.0).putArray("attempts");
                    attempts.addObject().put("forks", 1).put("iterations", 5);
                    attempts.addObject().put("forks", 1).put("iterations", 10);
                }
            }
            return results;
        });
        return run;
    }

    @Test
    void aResultThatMissedItsTargetIsReadAsSuchAndWarnedAbout() throws Exception {
        RunResults read = ResultsReader.read(List.of(sweepWithPrecision()));
        Measurement virtual = read.measurements().stream()
                .filter(m -> m.model().equals("virtual") && m.workers() == 2).findFirst().orElseThrow();
        assertThat(virtual.missedTarget()).isTrue();
        assertThat(virtual.precision().attempts()).isEqualTo(1);
        // fork means 20 and 22 ms
        assertThat(virtual.forkSpread().forks()).isEqualTo(2);
        assertThat(virtual.forkSpread().lowSecondsPerOp()).isEqualTo(0.020, Offset.offset(1e-12));
        assertThat(virtual.forkSpread().highSecondsPerOp()).isEqualTo(0.022, Offset.offset(1e-12));
        Measurement forkjoin = read.measurements().stream()
                .filter(m -> m.model().equals("forkjoin") && m.workers() == 2).findFirst().orElseThrow();
        assertThat(forkjoin.missedTarget()).isFalse();
        assertThat(forkjoin.precision().attempts()).isEqualTo(2);
        assertThat(forkjoin.forkSpread().forks()).as("the fixture's 5 forks").isEqualTo(5);
        assertThat(read.measurements().stream().filter(m -> m.precision() == null)).as("no record: no target").isNotEmpty();

        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).startsWith("1 of 2 results missed their precision target")
                .contains("model=virtual workers=2 cores=2 +-12.5% (target +-5%, 1 attempt, allowance spent)"));
        // a missed target changes the reading: it is in the warnings box, not among the notes
        assertThat(Caveats.of(RunAnalysis.of(read)).box())
                .anySatisfy(w -> assertThat(w).contains("missed their precision target"));
    }

    @Test
    void aStepDuringWhichTheMachineWasBusyIsWarnedAboutAndAQuietOneIsNot() throws Exception {
        Path run = ResultFixtures.syntheticSweep(tmp);
        Files.writeString(run.resolve("noise.json"), """
                {"schema": 1, "steps": [
                  {"cores": 1, "startedUtc": "2026-12-01T09:00:00Z", "finishedUtc": "2026-12-01T09:05:00Z", "seconds": 300,
                   "cpus": 2, "loadBefore": [0.1, 0.1, 0.1], "loadAfter": [1.0, 0.6, 0.3], "stealPercent": 0.2,
                   "otherCpuPercent": 3.0, "ownCpuPercent": 50.0, "busyProcesses": []},
                  {"cores": 2, "startedUtc": "2026-12-01T09:05:00Z", "finishedUtc": "2026-12-01T09:12:00Z", "seconds": 420,
                   "cpus": 2, "loadBefore": [1.0, 0.6, 0.3], "loadAfter": [6.5, 3.0, 1.2], "stealPercent": 4.0,
                   "otherCpuPercent": 35.0, "ownCpuPercent": 60.0,
                   "busyProcesses": [{"pid": 4242, "command": "java", "cpuPercent": 61.0}]}]}
                """);
        RunResults read = ResultsReader.read(List.of(run));
        List<String> warnings = read.warnings();
        assertThat(Caveats.of(RunAnalysis.of(read)).box())
                .anySatisfy(w -> assertThat(w).contains("not quiet during the 2-core step"));
        assertThat(warnings.stream().filter(w -> w.contains("not quiet"))).singleElement().asString()
                .contains("2-core step", "other processes used 35% of its CPU time, steal 4.0%",
                        "load average 1.00 before and 6.50 after", "java (pid 4242, 61% of a CPU)");
    }

    /** A per-fork noise record of a sweep of rounds. */
    private static String forkRecord(int cores, int round, String started, String finished, double seconds, double other,
                                     double steal, double loadBefore, double loadAfter, String busy) {
        return String.format(java.util.Locale.ROOT, """
                {"run": "r1", "round": %d, "cores": %d, "startedUtc": "%s", "finishedUtc": "%s", "seconds": %s, "cpus": 2,
                 "loadBefore": [%s, 0.1, 0.1], "loadAfter": [%s, 0.1, 0.1], "stealPercent": %s, "otherCpuPercent": %s,
                 "ownCpuPercent": 50.0, "busyProcesses": [%s]}""", round, cores, started, finished, seconds, loadBefore,
                loadAfter, steal, other, busy);
    }

    @Test
    void perForkNoiseRecordsAreJudgedPerStepOverTheirSeconds() throws Exception {
        Path run = ResultFixtures.syntheticSweep(tmp);
        Files.writeString(run.resolve("noise.json"), "{\"schema\": 2, \"steps\": [" + String.join(",\n", List.of(
                // 1 core: one fork at 30% among quiet ones, 9% over the step: quiet, as a record per step would say
                forkRecord(1, 1, "2026-12-01T09:00:00Z", "2026-12-01T09:01:00Z", 60, 30, 0, 0.1, 0.5, ""),
                forkRecord(1, 2, "2026-12-01T09:10:00Z", "2026-12-01T09:12:00Z", 120, 0, 0, 0.2, 0.5, ""),
                forkRecord(1, 3, "2026-12-01T09:20:00Z", "2026-12-01T09:20:40Z", 40, 3, 0, 0.3, 0.5, ""),
                // 2 cores: 15% over the step, the worst fork 20%; listed out of time order
                forkRecord(2, 2, "2026-12-01T09:12:00Z", "2026-12-01T09:13:00Z", 60, 20, 0.5, 1.5, 2.5,
                        "{\"pid\": 7, \"command\": \"make\", \"cpuPercent\": 35.0}"),
                forkRecord(2, 1, "2026-12-01T09:01:00Z", "2026-12-01T09:02:00Z", 60, 10, 0.1, 0.5, 1.0,
                        "{\"pid\": 7, \"command\": \"make\", \"cpuPercent\": 20.0},"
                                + " {\"pid\": 9, \"command\": \"gcc\", \"cpuPercent\": 25.0}"))) + "]}");
        List<String> notQuiet = ResultsReader.read(List.of(run)).warnings().stream().filter(w -> w.contains("not quiet")).toList();
        assertThat(notQuiet).singleElement().asString().contains(
                "not quiet during the 2-core step (2026-12-01T09:01:00Z to 2026-12-01T09:13:00Z): other processes used 15% of"
                        + " its CPU time, steal 0.3% (over its 2 forks; the worst fork: 20% and 0.5%), load average 0.50 before"
                        + " and 2.50 after; busiest: make (pid 7, 35% of a CPU), gcc (pid 9, 25% of a CPU)");
    }

    @Test
    void aNoiseRecordThatDoesNotFitTheFormatIsPassedOverAndTheOthersAreStillJudged() throws Exception {
        Path run = ResultFixtures.syntheticSweep(tmp);
        Files.writeString(run.resolve("noise.json"), "{\"schema\": 2, \"steps\": [" + String.join(",\n", List.of(
                forkRecord(2, 1, "2026-12-01T09:01:00Z", "2026-12-01T09:02:00Z", 60, 40, 0, 0.5, 1.0, ""),
                forkRecord(2, 2, "2026-12-01T09:02:00Z", "2026-12-01T09:03:00Z", 60, 0, 0, 0.5, 1.0, "")
                        .replace("\"otherCpuPercent\": 0.0", "\"otherCpuPercent\": {\"x\": 1}"),
                "\"not a record\"", "{\"cores\": 2, \"loadBefore\": null, \"busyProcesses\": [null]}")) + "]}");
        List<String> notQuiet = ResultsReader.read(List.of(run)).warnings().stream().filter(w -> w.contains("not quiet")).toList();
        // the second fork is passed over; the bare record reads as zeros for one second, with no time
        assertThat(notQuiet).singleElement().asString().contains("2-core step (? to 2026-12-01T09:02:00Z)",
                "other processes used 39% of its CPU time", "(over its 2 forks; the worst fork: 40% and 0.0%)",
                "load average 0.00 before and 1.00 after");
    }

    @Test
    void aRunWithoutPrecisionOrNoiseRecordsReadsAsBefore() throws Exception {
        RunResults read = ResultsReader.read(List.of(ResultFixtures.syntheticSweep(tmp)));
        assertThat(read.measurements()).allSatisfy(m -> {
            assertThat(m.precision()).isNull();
            assertThat(m.forkSpread().forks()).isEqualTo(ResultFixtures.FORKS);
        });
        assertThat(read.warnings()).noneMatch(w -> w.contains("precision target") || w.contains("not quiet"));
    }
}
