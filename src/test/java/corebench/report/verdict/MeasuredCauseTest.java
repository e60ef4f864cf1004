package corebench.report.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import corebench.report.AccountFixtures;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict's "avoid" causes come from the measured account, not from the model's name. */
class MeasuredCauseTest {

    @TempDir
    Path dir;

    /**
     * platform-pool takes 80 ms per operation on 2 cores (160 ms of core time) against 40 ms on 1: no speedup.
     * Its 38 ms of work and 1 ms of JIT are the same in both runs; what the rest went to is given.
     */
    private Verdict verdictWith(double systemMsPerOp, double switchesPerOp) throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir.resolve("s" + systemMsPerOp));
        double own = 40 + systemMsPerOp;
        ResultFixtures.editResults(run, all -> {
            ArrayNode results = ResultFixtures.JSON.createArrayNode();
            Map<String, Double> oneCore = Map.of("userMs", 39.0, "systemMs", 0.0, "jitCpuMs", 1.0,
                    "stepCpuBusyMs", 40.0, "stepCpuIdleMs", 0.0);
            results.add(AccountFixtures.result("sequential", 1, 1, 40, oneCore));
            results.add(AccountFixtures.result("platform-pool", 1, 1, 40, oneCore));
            results.add(AccountFixtures.result("platform-pool", 2, 2, 80, Map.of("userMs", 40.0, "systemMs", systemMsPerOp,
                    "jitCpuMs", 1.0, "stepCpuBusyMs", own + 3, "stepCpuIdleMs", 160 - own - 3,
                    "voluntarySwitches", switchesPerOp, "involuntarySwitches", 0.0)));
            results.add(AccountFixtures.result("forkjoin", 1, 1, 40, oneCore));
            results.add(AccountFixtures.result("forkjoin", 2, 2, 20, Map.of("userMs", 39.0, "systemMs", 0.0,
                    "jitCpuMs", 1.0, "stepCpuBusyMs", 39.0, "stepCpuIdleMs", 0.0)));
            return results;
        });
        return Verdict.of(RunAnalysis.of(ResultsReader.read(List.of(run))));
    }

    private static String avoid(Verdict v) {
        VerdictRow row = v.rows().stream().filter(r -> r.work().startsWith("CPU-bound (Monte Carlo, scalar)"))
                .findFirst().orElseThrow();
        assertThat(row.avoid()).hasSize(1);
        return row.avoid().getFirst();
    }

    @Test
    void quotesTheLargestMeasuredPartAndTheSwitches() throws Exception {
        assertThat(avoid(verdictWith(2, 4100))).startsWith("platform-pool: slower on 2 cores than on 1")
                .endsWith(": 71.9% of core time idle, 4,100 context switches per operation");
    }

    @Test
    void howFarTheLeaderScalesSaysWhereItsCoresWent() throws Exception {
        VerdictRow row = verdictWith(2, 4100).rows().getFirst();
        assertThat(row.scaling()).endsWith("; forkjoin at 2 cores: 2.50% of core time in GC, JIT and safepoints");
    }

    @Test
    void theCauseChangesWhenTheMeasuredPartsDo() throws Exception {
        assertThat(avoid(verdictWith(100, 50))).endsWith(": 62.5% of core time in the kernel, 50 context switches per operation");
    }
}
