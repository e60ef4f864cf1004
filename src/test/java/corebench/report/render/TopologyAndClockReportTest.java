package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.Report;
import corebench.report.ResultFixtures;
import corebench.report.analysis.ClockSteps;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import corebench.report.results.RunResults;
import corebench.report.results.StepTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report on a 16-CPU, 2-socket SMT machine: markers where the second socket and SMT siblings join,
 * the words on what they did, the clock per step and the clock-normalised speedup. The machine is the
 * one recorded in manycore-vm (src/test/resources/topology/qemu-2s4c2t), its CPUs taken compact.
 */
class TopologyAndClockReportTest {
    /** Compact order on the recorded machine: socket 0's cores (0, 2, 4, 6), socket 1's (8 ... 14), then siblings. */
    private static final Map<Integer, String> STEP_CPUS = Map.of(1, "0", 2, "0,2", 4, "0,2,4,6", 8, "0,2,4,6,8,10,12,14", 16, "0-15");
    /** GHz per step the fake clock probe shows: 3.0 on one core, 2.7 with all 16 busy. */
    private static final Map<Integer, Double> GHZ = Map.of(1, 3.0, 2, 3.0, 4, 2.9, 8, 2.8, 16, 2.7);
    private static final long MULTIPLIES = 33_554_432;

    static Path twoSocketRun(Path dir) throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editMachine(run, m -> {
            ObjectNode restriction = m.putObject("cpuRestriction");
            restriction.put("available", true).put("method", "taskset").put("order", "compact");
            ArrayNode cpus = restriction.putObject("topology").putArray("cpus");
            for (int cpu = 0; cpu < 16; cpu++) {
                cpus.addObject().put("cpu", cpu).put("core", (cpu / 2) % 4).put("socket", cpu / 8).put("node", 0);
            }
            ArrayNode steps = m.putObject("plan").putArray("steps");
            STEP_CPUS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> steps.addObject().put("cores", e.getKey()).put("cpus", e.getValue()));
        });
        ResultFixtures.editResults(run, results -> {
            GHZ.forEach((cores, ghz) -> {
                double ms = MULTIPLIES * 3 / (ghz * 1e9) * 1e3;
                ObjectNode r = ResultFixtures.result("platform-pool", cores, cores, "strong", ms, ms * 0.001);
                r.put("benchmark", "corebench.bench.ClockBench.chains");
                ObjectNode params = r.putObject("params");
                params.put("model", "platform-pool").put("workers", cores.toString()).put("cores", cores.toString())
                        .put("multiplies", Long.toString(MULTIPLIES)).put("cyclesPerMultiply", "3");
                results.add(r);
            });
            return results;
        });
        return run;
    }

    @Test
    void theStepsOfACompactOrderMeetTheSecondSocketAtEightAndSmtSiblingsAtSixteen(@TempDir Path dir) throws Exception {
        RunResults results = ResultsReader.read(List.of(twoSocketRun(dir)));
        StepTopology t = results.machine().topology();
        assertThat(t.cpuOrder()).isEqualTo("compact");
        assertThat(t.steps()).extracting(StepTopology.Step::physicalCores).containsExactly(1, 2, 4, 8, 8);
        assertThat(t.boundaries()).containsExactly(new StepTopology.Boundary(8, 4, "second socket"),
                new StepTopology.Boundary(16, 8, "SMT siblings"));
        assertThat(t.boundaries().get(1).x()).isCloseTo(Math.sqrt(128), within(1e-12));
    }

    @Test
    void theClockProbeGivesGigahertzPerStepAndTheFactorThatNormalisesSpeedups(@TempDir Path dir) throws Exception {
        ClockSteps clock = ClockSteps.of(ResultsReader.read(List.of(twoSocketRun(dir))));
        assertThat(clock.ghzByCores()).containsOnlyKeys(1, 2, 4, 8, 16);
        assertThat(clock.ghzByCores().get(1).value()).isCloseTo(3.0, within(1e-9));
        assertThat(clock.ghzByCores().get(16).value()).isCloseTo(2.7, within(1e-9));
        assertThat(clock.normalisation(16).orElseThrow().value()).isCloseTo(3.0 / 2.7, within(1e-9));
        assertThat(clock.sentence().orElseThrow()).contains("16 cores 2.70").contains("changed by -10%");
    }

    @Test
    void theReportMarksBothBoundariesSaysWhatTheyDidAndChartsTheClock(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(twoSocketRun(dir)))), out);
        String speedup = Files.readString(out.resolve("montecarlo-speedup.svg"));
        assertThat(speedup).contains("SMT siblings from 16").contains("second socket from 8");
        assertThat(Files.readString(out.resolve("montecarlo-efficiency.svg"))).contains("SMT siblings from 16");
        assertThat(out.resolve("montecarlo-speedup-clock-normalised.png")).isRegularFile();
        assertThat(out.resolve(ClockChart.NAME + ".png")).isRegularFile();
        assertThat(Files.readString(out.resolve(ClockChart.NAME + ".svg"))).contains("effective GHz per core");
        String summary = Files.readString(out.resolve("summary.md"));
        assertThat(summary).contains("## Topology and clock")
                .contains("CPUs per step (order: compact): 1 CPU = 1 core on 1 socket")
                .contains("16 CPUs = 8 cores with SMT siblings on 2 sockets")
                .contains("montecarlo, second socket from 8 cores (4 -> 8 cores), speedup: platform-pool")
                .contains("SMT siblings from 16 cores")
                .contains("Clock per step");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Topology and clock");
        assertThat(Files.readString(out.resolve(ClockChart.NAME + ".svg"))).contains("SMT siblings from 16");
    }

    @Test
    void aBoundaryLabelNearTheRightEdgeGoesLeftOfItsLine() {
        // the clock chart ends at the 16 measured cores: its SMT line (between 8 and 16) is near the edge, and its
        // label, drawn to the right, ran off the plot in the 16-CPU rehearsal; the speedup charts extend to 128
        double smt = Math.sqrt(128);
        assertThat(ScalingPlot.labelOnTheLeft(smt, 1 / 1.2, 16 * 1.15)).isTrue();
        assertThat(ScalingPlot.labelOnTheLeft(Math.sqrt(32), 1 / 1.2, 16 * 1.15)).isFalse();
        assertThat(ScalingPlot.labelOnTheLeft(smt, 1 / 1.2, 128 * 1.15)).isFalse();
    }
}
