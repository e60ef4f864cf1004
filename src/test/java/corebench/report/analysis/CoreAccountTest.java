package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.AccountFixtures;
import corebench.report.ResultFixtures;
import corebench.report.Report;
import corebench.report.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreAccountTest {
    private static final double MS = 1e-3;

    @TempDir
    Path dir;

    /**
     * The synthetic account: sequential 40 ms/op on 1 core, of which 38 ms user work and 1 ms JIT; platform-pool
     * 25 ms/op on 2 cores (50 ms of core time): 38 work, 1 JIT, 2 system, 1 extra user, 3 others, 5 idle.
     */
    static Path breakdownRun(Path dir, double idleMsPerOp, double systemMsPerOp) throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editResults(run, all -> {
            ArrayNode results = ResultFixtures.JSON.createArrayNode();
            results.add(AccountFixtures.result("sequential", 1, 1, 40, Map.of(
                    "userMs", 39.0, "systemMs", 0.0, "jitCpuMs", 1.0, "stepCpuBusyMs", 40.0, "stepCpuIdleMs", 0.0)));
            double busy = 50 - idleMsPerOp;
            results.add(AccountFixtures.result("platform-pool", 2, 2, 25, Map.of(
                    "userMs", 40.0, "systemMs", systemMsPerOp, "jitCpuMs", 1.0, "stepCpuBusyMs", busy,
                    "stepCpuIdleMs", idleMsPerOp, "involuntarySwitches", 4100.0)));
            return results;
        });
        return run;
    }

    @Test
    void accountsForEveryCoreSecondFromBothSides() throws Exception {
        Path run = breakdownRun(dir, 5, 2);
        List<CoreAccount> accounts = CoreAccounts.of(RunAnalysis.of(ResultsReader.read(List.of(run))));
        CoreAccount pool = accounts.stream().filter(a -> a.model().equals("platform-pool")).findFirst().orElseThrow();
        assertThat(pool.coreSeconds()).isCloseTo(50 * MS, within(1e-9));
        assertThat(pool.work()).isCloseTo(38 * MS, within(1e-9));
        assertThat(pool.clockLoss()).isNaN();
        assertThat(pool.gcJitSafepoint()).isCloseTo(1 * MS, within(1e-9));
        assertThat(pool.system()).isCloseTo(2 * MS, within(1e-9));
        assertThat(pool.userOverhead()).isCloseTo(1 * MS, within(1e-9));
        assertThat(pool.others()).isCloseTo(3 * MS, within(1e-9));
        assertThat(pool.idle()).isCloseTo(5 * MS, within(1e-9));
        assertThat(pool.undelivered()).isCloseTo(0, within(1e-9));
        assertThat(pool.residual()).isCloseTo(0, within(1e-9));
        assertThat(pool.largestLoss().orElseThrow().getKey()).isEqualTo("idle");
        assertThat(pool.switchesPerOp()).isNaN();
    }

    @Test
    void writesAccountCsvWithEmptyCellsForWhatWasNotMeasured() throws Exception {
        Path run = breakdownRun(dir, 5, 2);
        Path out = dir.resolve("report");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(run))), out);
        List<String> csv = Files.readAllLines(out.resolve("account.csv"));
        assertThat(csv.getFirst()).isEqualTo("workload,params,model,cores,workers,core_seconds,work,clock_loss,"
                + "gc_jit_safepoint,system,user_overhead,others,idle,undelivered,residual,child_gc_jit,safepoint_pause,"
                + "safepoints");
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("montecarlo,").contains(",platform-pool,2,2,0.05,")
                .contains(",0.038,,0.001,0.002,"));
        assertThat(Files.readString(out.resolve("summary.md"))).contains("### Where the cores went")
                .contains("| platform-pool | 2 | 2 | 50.0 ms | 76.0% | — | 2.0% | — | 4.0% | 2.0% | 6.0% | 10.0% | 0.0% | 0.0% | — | — | — |");
        assertThat(Files.readString(out.resolve("index.html"))).contains("<h3>Where the cores went</h3>");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("montecarlo-account.png", "montecarlo-account.svg");
        }
    }

    /** The child JVMs' GC/JIT is shown as a part of GC/JIT/VM, not beside it; the safepoint pause beside the parts. */
    @Test
    void showsTheChildJvmsGcJitAndTheSafepointPauseWithoutCountingThemTwice() throws Exception {
        Path run = AccountFixtures.childJvmRun(dir);
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(run)));
        CoreAccount pool = CoreAccounts.of(analysis).stream().filter(a -> a.model().equals("process-pool")).findFirst().orElseThrow();
        assertThat(pool.gcJitSafepoint()).isCloseTo(2.5 * MS, within(1e-9));
        assertThat(pool.childGcJit()).isCloseTo(1 * MS, within(1e-9));
        assertThat(pool.userOverhead()).isCloseTo(1 * MS, within(1e-9));
        assertThat(pool.residual()).isCloseTo(0, within(1e-9));
        assertThat(pool.safepointPause()).isCloseTo(0.25 * MS, within(1e-12));
        assertThat(pool.safepointsPerOp()).isCloseTo(2, within(1e-9));

        Path out = dir.resolve("report");
        Report.render(analysis, out);
        assertThat(Files.readAllLines(out.resolve("account.csv"))).anySatisfy(line -> assertThat(line)
                .contains(",process-pool,2,2,0.05,0.038,,0.0025,0.002,0.001,0.0015,0.005,0.0,0.0,0.001,2.5E-4,2.0"));
        assertThat(Files.readString(out.resolve("summary.md")))
                .contains("| process-pool | 2 | 2 | 50.0 ms | 76.0% | — | 5.0% | 2.0% | 4.0% | 2.0% | 3.0% | 10.0% | 0.0% | 0.0% | — | 250 µs | 2.00 |");
    }

    private static CoreAccount platformPool(Path run) throws Exception {
        return CoreAccounts.of(RunAnalysis.of(ResultsReader.read(List.of(run)))).stream()
                .filter(a -> a.model().equals("platform-pool")).findFirst().orElseThrow();
    }

    /** 1.5 of 2 CPUs delivered (the lesser of before and after): a quarter of the core time undelivered, out of the residual. */
    @Test
    void takesTheCapacityTheMachineDidNotDeliverOutOfTheResidual() throws Exception {
        CoreAccount full = platformPool(AccountFixtures.shortCapacityRun(dir, 2));
        assertThat(full.undelivered()).isCloseTo(0, within(1e-9));
        assertThat(full.residual()).isCloseTo(13 * MS, within(1e-9));

        CoreAccount pool = platformPool(AccountFixtures.shortCapacityRun(dir, 1.5));
        assertThat(pool.undelivered() / pool.coreSeconds()).isCloseTo(0.25, within(1e-9));
        assertThat(pool.residual()).isCloseTo(full.residual() - 12.5 * MS, within(1e-9));
        assertThat(pool.userOverhead()).isCloseTo(full.userOverhead(), within(1e-9));
        assertThat(pool.largestLoss().orElseThrow().getKey()).isEqualTo("undelivered");
    }

    /**
     * The shortfall less what the step's counters saw of it (others: 3 ms) is taken out of the residual, and where
     * the residual holds none of it, out of the extra user CPU, never beyond it: each core-second counts once.
     */
    @Test
    void takesTheUnexplainedShortfallOutOfTheExtraUserCpuWhenTheResidualHoldsNone() throws Exception {
        Path run = breakdownRun(dir, 5, 2); // others 3, extra user 1, residual 0
        ResultFixtures.editResults(run, all -> {
            ResultFixtures.capacity((ObjectNode) all.get(1), 1.8, 1.8); // 0.2 × 25 ms = 5 ms short: 2 unexplained
            return all;
        });
        CoreAccount pool = platformPool(run);
        assertThat(pool.others()).isCloseTo(3 * MS, within(1e-9));
        assertThat(pool.undelivered()).isCloseTo(1 * MS, within(1e-9));
        assertThat(pool.userOverhead()).isCloseTo(0, within(1e-9));
        assertThat(pool.residual()).isCloseTo(0, within(1e-9));
    }

    /**
     * The user/system split is read around the measured window, and the reading itself costs CPU (here 3 ms per
     * operation over the window's own 43 ms, cpuMs): the split is scaled to cpuMs, so those 3 ms are not parts of the
     * operation. Without it the parts came to 3 ms (6%) more than the core time, the residual −6%.
     */
    @Test
    void theReadingsOwnCostAroundTheWindowIsNotPartOfTheOperation() throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editResults(run, all -> {
            ArrayNode results = ResultFixtures.JSON.createArrayNode();
            results.add(AccountFixtures.result("sequential", 1, 1, 40, Map.of(
                    "userMs", 39.0, "systemMs", 0.0, "cpuMs", 39.0, "jitCpuMs", 1.0, "stepCpuBusyMs", 40.0, "stepCpuIdleMs", 0.0)));
            results.add(AccountFixtures.result("platform-pool", 2, 2, 25, Map.of(
                    "userMs", 44.0, "systemMs", 2.0, "cpuMs", 43.0, "jitCpuMs", 1.0, "stepCpuBusyMs", 43.0,
                    "stepCpuIdleMs", 7.0)));
            return results;
        });
        CoreAccount pool = platformPool(run);
        assertThat(pool.system()).isCloseTo(2 * 43.0 / 46 * MS, within(1e-9));
        assertThat(pool.others()).isCloseTo(0, within(1e-9));
        assertThat(pool.residual()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aResultWithoutTheBreakdownHasOnlyItsCoreSeconds() throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        List<CoreAccount> accounts = CoreAccounts.of(RunAnalysis.of(ResultsReader.read(List.of(run))));
        CoreAccount any = accounts.getFirst();
        assertThat(any.coreSeconds()).isPositive();
        assertThat(List.of(any.work(), any.system(), any.idle(), any.residual())).allMatch(v -> v.isNaN());
        assertThat(any.largestLoss()).isEmpty();
    }
}
