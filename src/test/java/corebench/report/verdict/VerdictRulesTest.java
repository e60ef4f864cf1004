package corebench.report.verdict;

import static corebench.report.verdict.VerdictFixtures.ranks;
import static corebench.report.verdict.VerdictFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link Wording} rule on a hand-made run that makes it apply (and, where it matters, one that
 * must not), and the cases the verdict must get right: ties within the CIs share a rank, a clearly
 * faster model ranks first, one core count says scaling is unknown, a workload not run has no row, a
 * model measured at fewer core counts is compared where both exist.
 */
class VerdictRulesTest {

    private static final String CPU = "CPU-bound (Monte Carlo, scalar)";

    @TempDir
    Path dir;

    /** Sequential and two models on 1 core, 40 ms per operation; the test adds the 2-core points. */
    private static VerdictFixtures oneCore(String... models) {
        VerdictFixtures f = new VerdictFixtures().montecarlo("sequential", 1, 40, 0.4);
        for (String m : models) {
            f.montecarlo(m, 1, 40, 0.4);
        }
        return f;
    }

    @Test
    void twoModelsTiedWithinTheirErrorsShareRankOne() throws Exception {
        VerdictRow r = row(oneCore("forkjoin", "platform-pool").montecarlo("forkjoin", 2, 20.5, 1.0)
                .montecarlo("platform-pool", 2, 21.0, 1.0).verdict(dir), CPU);
        assertThat(ranks(r)).containsExactly("forkjoin=1", "platform-pool=1");
        assertThat(r.standing()).isEqualTo(Wording.TIED.say()).isEqualTo("tied, the difference is within the noise");
        assertThat(r.best()).containsExactly("forkjoin", "platform-pool");
        assertThat(r.avoid()).isEmpty();
    }

    @Test
    void aClearlyFasterModelRanksFirstAlone() throws Exception {
        VerdictRow r = row(oneCore("forkjoin", "thread-per-task").montecarlo("forkjoin", 2, 20.5, 0.2)
                .montecarlo("thread-per-task", 2, 28, 0.3).verdict(dir), CPU);
        assertThat(ranks(r)).containsExactly("forkjoin=1", "thread-per-task=2");
        assertThat(r.standing()).isEqualTo("ahead beyond the 99.9% CIs");
        assertThat(r.headline()).isEqualTo("forkjoin: 1.951× ± 0.027 vs sequential (efficiency 97.6% ± 1.4%)");
        // 1.37x slower is worse, but not the factor of 2 that makes a model one to avoid
        assertThat(r.avoid()).isEmpty();
    }

    @Test
    void aModelOverlappingTheLeaderStaysInRankOneEvenBelowAWorseRanked() throws Exception {
        // platform-pool is measurably slower than forkjoin; process-pool is noisier and cannot be told apart
        VerdictRow r = row(oneCore("forkjoin", "platform-pool", "process-pool").montecarlo("forkjoin", 2, 20, 0.2)
                .montecarlo("platform-pool", 2, 22, 0.2).montecarlo("process-pool", 2, 22.5, 3).verdict(dir), CPU);
        assertThat(ranks(r)).containsExactly("forkjoin=1", "process-pool=1", "platform-pool=2");
    }

    @Test
    void theOnlyModelIsAlone() throws Exception {
        VerdictRow r = row(oneCore("forkjoin").montecarlo("forkjoin", 2, 20.5, 0.2).verdict(dir), CPU);
        assertThat(r.standing()).isEqualTo(Wording.ALONE.say()).isEqualTo("the only model measured");
    }

    @Test
    void aModelFarBelowTheLeaderIsAvoidedWithItsCause() throws Exception {
        VerdictRow r = row(oneCore("forkjoin").montecarlo("process-per-task", 1, 1400, 40)
                .montecarlo("forkjoin", 2, 20.5, 0.2).montecarlo("process-per-task", 2, 700, 30).verdict(dir), CPU);
        assertThat(r.avoid()).containsExactly("process-per-task: 0.0571× ± 0.0025 vs sequential (efficiency"
                + " 2.86% ± 0.13%), 34.1× below forkjoin: starting a JVM per submission");
    }

    @Test
    void aModelSlowerOnMoreCoresIsAvoided() throws Exception {
        VerdictRow r = row(oneCore("forkjoin", "thread-per-task").montecarlo("forkjoin", 2, 20.5, 0.2)
                .montecarlo("thread-per-task", 2, 45, 1).verdict(dir), CPU);
        assertThat(r.avoid()).containsExactly(
                "thread-per-task: slower on 2 cores than on 1 (0.889× ± 0.022): creating a thread per submission");
    }

    @Test
    void oneCoreCountSaysScalingIsUnknown() throws Exception {
        VerdictRow r = row(new VerdictFixtures().montecarlo("forkjoin", 2, 20.5, 0.2)
                .montecarlo("platform-pool", 2, 21, 0.2).verdict(dir), CPU);
        assertThat(r.scaling()).isEqualTo("scaling unknown: only one core count measured (2 cores)");
        // no 1-core baseline, so no speedup: the throughput is the headline
        assertThat(r.headline()).isEqualTo("forkjoin: 818.4 ± 8.0 M samples/s");
    }

    @Test
    void twoCoreCountsAreTooFewToSayHowFarItScales() throws Exception {
        VerdictRow r = row(oneCore("forkjoin").montecarlo("forkjoin", 2, 20.5, 0.2).verdict(dir), CPU);
        assertThat(r.scaling()).isEqualTo("needs >= 4 core counts to say (this run has 2)");
    }

    @Test
    void amdahlDataGivesItsCeiling() throws Exception {
        VerdictFixtures f = oneCore();
        for (int p : new int[] {1, 2, 4, 8, 16}) {
            double ms = 40 * (0.05 + 0.95 / p);
            f.montecarlo("forkjoin", p, ms, ms * 0.01);
        }
        VerdictRow r = row(f.verdict(dir), CPU);
        // the USL fits it with kappa at 0 (flagged), so Amdahl answers
        assertThat(r.scaling()).startsWith("levels off below 20.0×").contains("serial fraction 5.0");
    }

    @Test
    void retrogradeDataGivesTheUslPeak() throws Exception {
        VerdictFixtures f = oneCore();
        for (int p : new int[] {1, 2, 4, 8, 16}) {
            // X(N) = N / (1 + 0.02 (N - 1) + 0.01 N (N - 1)): peaks at sqrt(0.98 / 0.01) = 9.9 cores
            double ms = 40 * (1 + 0.02 * (p - 1) + 0.01 * p * (p - 1)) / p;
            f.montecarlo("forkjoin", p, ms, ms * 0.01);
        }
        VerdictRow r = row(f.verdict(dir), CPU);
        assertThat(r.scaling()).matches("peaks at N\\* = 9\\.89\\d* ± 0\\.\\d+ cores \\(USL\\)");
    }

    @Test
    void flaggedFitsCannotSay() throws Exception {
        VerdictFixtures f = oneCore();
        for (int p : new int[] {1, 2, 4, 8}) {
            f.montecarlo("forkjoin", p, 40, 0.4); // no speed-up at all: every fit sits at a bound
        }
        VerdictRow r = row(f.verdict(dir), CPU);
        assertThat(r.scaling()).startsWith("the fits cannot say (").contains("hit its bound");
    }

    @Test
    void aWorkloadNotRunHasNoRow() throws Exception {
        Verdict v = oneCore("forkjoin").montecarlo("forkjoin", 2, 20.5, 0.2).verdict(dir);
        assertThat(v.rows()).extracting(VerdictRow::work).containsExactly(CPU);
        assertThat(v.overheads()).isEmpty();
        assertThat(v.workers()).isEmpty();
    }

    @Test
    void aModelMeasuredAtFewerCoreCountsIsComparedWhereBothExist() throws Exception {
        VerdictRow r = row(oneCore("forkjoin", "cluster").montecarlo("forkjoin", 2, 20.5, 0.5)
                .montecarlo("forkjoin", 4, 10.5, 0.3).montecarlo("cluster", 2, 21, 1).verdict(dir), CPU);
        assertThat(r.cores()).isEqualTo(4);
        assertThat(ranks(r)).containsExactly("forkjoin=1");
        assertThat(r.notes()).containsExactly("cluster: measured up to 2 cores only; there it is tied with forkjoin"
                + " (1.905× ± 0.093 vs sequential (efficiency 95.2% ± 4.6%))");
    }

    @Test
    void anEfficiencyAboveOneHundredPercentBeyondItsIntervalIsFlaggedWithItsLikelyCause() throws Exception {
        // 40 ms on 1 core, 16 ms on 2: 2.5x, efficiency 125% +- ~4%
        VerdictRow r = row(oneCore("virtual").montecarlo("virtual", 2, 16, 0.2).verdict(dir), CPU);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("montecarlo: virtual on 2 cores: efficiency 125%")
                .contains("vs its 1 core is above 100% beyond its interval: likely a disturbed baseline"));
        // the grid at 2048²: 64 MiB of planes, 32 MiB per core on 2 cores, in the 32 MiB last-level cache
        Map<String, String> grid = Map.of("kernel", "jacobi", "size", "2048", "bandsPerWorker", "1", "steps", "0");
        VerdictRow g = row(new VerdictFixtures().add("GridBench.run", grid, "sequential", 1, 1, 400, 4)
                .add("GridBench.run", grid, "forkjoin", 1, 1, 400, 4).add("GridBench.run", grid, "forkjoin", 2, 2, 160, 2)
                .verdict(dir), "memory-bound (grid Jacobi)");
        assertThat(g.notes()).anySatisfy(n -> assertThat(n).contains("above 100% beyond its interval: each core's slice"
                + " of the grid (32.0 MiB) fits in the 32 MiB last-level cache, the whole grid (64.0 MiB) did not"));
    }

    @Test
    void aResultOfOneForkIsNotClaimedAndNotRanked() throws Exception {
        VerdictRow r = row(oneCore("forkjoin", "virtual").montecarlo("forkjoin", 2, 20.5, 0.2)
                .montecarlo("virtual", 2, 10, Double.NaN).verdict(dir), CPU);
        assertThat(ranks(r)).containsExactly("forkjoin=1", "virtual=0");
        assertThat(r.standing()).isEqualTo(Wording.ALONE_CLAIMED.say());
        assertThat(r.headline()).startsWith("forkjoin: ");
        assertThat(r.notes()).contains("virtual: not ranked, its result is not claimed (one fork: no fork-to-fork"
                + " spread to build an interval from)");
        // its 4x on 2 cores has no interval: the efficiency above 100% is flagged as it stands
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("montecarlo: virtual on 2 cores: efficiency 200%")
                .contains("is above 100% and has no interval (not claimed): likely a disturbed baseline"));
        assertThat(r.notes()).hasSize(3);
    }

    @Test
    void modelsMeasuredInTheSameRoundsAreToldApartByTheirPairedRatio() throws Exception {
        // each round ran 5% slower for virtual than for forkjoin; the rounds themselves scatter by 10%
        double[] forkjoin = {20.0, 22.0, 20.4, 21.6, 21.0};
        double[] virtual = {21.0, 23.1, 21.42, 22.68, 22.05};
        int[] rounds = {1, 2, 3, 4, 5};
        VerdictRow paired = row(oneCore("forkjoin", "virtual").montecarloForks("forkjoin", 2, forkjoin, rounds)
                .montecarloForks("virtual", 2, virtual, rounds).verdict(dir), CPU);
        assertThat(ranks(paired)).containsExactly("forkjoin=1", "virtual=2");
        // the same forks in rounds of their own: the intervals overlap, nothing pairs them
        VerdictRow unpaired = row(oneCore("forkjoin", "virtual").montecarloForks("forkjoin", 2, forkjoin, rounds)
                .montecarloForks("virtual", 2, virtual, new int[] {11, 12, 13, 14, 15}).verdict(dir), CPU);
        assertThat(ranks(unpaired)).containsExactly("forkjoin=1", "virtual=1");
    }

    /** Granularity at 2 workers: sequential 23.2 us per task, forkjoin at its cost, others above it. */
    private Verdict granularity() throws Exception {
        return new VerdictFixtures().granularity("sequential", 2, 1, 232, 4).granularity("forkjoin", 2, 1, 118, 2)
                .granularity("platform-pool", 2, 1, 150, 3).granularity("platform-pool", 2, 100, 121, 2)
                .granularity("thread-per-task", 2, 1, 1120, 20).granularity("process-per-task", 2, 1000, 1055, 30)
                .verdict(dir);
    }

    @Test
    void tinyTasksNameTheCostAndTheTaskSizeItDominates() throws Exception {
        VerdictRow r = row(granularity(), "tiny tasks");
        assertThat(ranks(r)).containsExactly("forkjoin=1", "platform-pool=2", "thread-per-task=3");
        assertThat(r.headline()).isEqualTo("forkjoin: 11.80 ± 0.20 µs per task");
        // o = 2 x 112 us - 23.2 us = 200.8 us per submission; under 5% from 19 o = 3.82 ms
        assertThat(r.avoid()).containsExactly("thread-per-task: 112.0 ± 2.0 µs per task, 9.49× the forkjoin cost:"
                + " creating a thread per submission dominates tasks under 3.82 ms");
        assertThat(r.notes()).containsExactly(
                "process-per-task: measured only with 1000 tasks per submission: 105.5 ± 3.0 µs per task");
    }

    @Test
    void breakEvenTaskSizesFollowFromTheOverheadPerSubmission() throws Exception {
        Map<String, TaskOverhead> byModel = new HashMap<>();
        granularity().overheads().forEach(o -> byModel.put(o.model(), o));
        TaskOverhead pool = byModel.get("platform-pool");
        // chunk 1: 2 x 15.0 - 23.2 = 6.8 +- hypot(2 x 0.3, 0.4) = 0.72 us;
        // chunk 100 is its best: (2 x 100 x 12.1 - 100 x 23.2) / 100 = 1.0 us per task
        assertThat(pool.perSubmission().value()).isCloseTo(6.8e-6, Assertions.within(1e-9));
        assertThat(pool.bestChunk()).isEqualTo(100);
        assertThat(pool.perTaskAtBest().value()).isCloseTo(1.0e-6, Assertions.within(1e-9));
        assertThat(pool.underFivePercent().value()).isCloseTo(19 * 6.8e-6, Assertions.within(1e-9));
        assertThat(pool.underOnePercent().value()).isCloseTo(99 * 6.8e-6, Assertions.within(1e-9));
        assertThat(pool.inNoise()).isFalse();
        // forkjoin: 2 x 11.8 - 23.2 = 0.4 +- 0.57 us (hypot(2 x 0.2, 0.4)): cannot be told from zero
        TaskOverhead forkjoin = byModel.get("forkjoin");
        assertThat(forkjoin.inNoise()).isTrue();
        assertThat(VerdictTables.overheads(granularity()).getFirst())
                .containsExactly("platform-pool", "6.80 ± 0.72 µs (chunk 1, 2 workers)", "100", "1.00 ± 0.57 µs",
                        "129 ± 14 µs", "673 ± 71 µs");
        assertThat(VerdictTables.overheads(granularity()).get(2).get(1))
                .isEqualTo(Wording.OVERHEAD_IN_NOISE.say("966 ns") + " (chunk 1, 2 workers)");
    }

    @Test
    void blockingNamesTheWorkersPerCoreItNeeds() throws Exception {
        VerdictFixtures f = new VerdictFixtures();
        Map<String, String> params = Map.of("tasks", "1000", "taskSamples", "1000", "seed", "1");
        double[][] virtual = {{16, 354, 4}, {256, 28.6, 0.7}, {4096, 10.55, 0.34}};
        double[][] pool = {{16, 353.5, 1.9}, {256, 30.4, 2.1}, {4096, 29.6, 3.2}};
        for (double[] p : virtual) {
            f.add("BlockingBench.batch", params, "virtual", (int) p[0], 2, p[1], p[2]);
        }
        for (double[] p : pool) {
            f.add("BlockingBench.batch", params, "platform-pool", (int) p[0], 2, p[1], p[2]);
        }
        Verdict v = f.verdict(dir);
        VerdictRow r = row(v, "blocking");
        assertThat(ranks(r)).containsExactly("virtual=1", "platform-pool=2");
        assertThat(r.avoid()).containsExactly("platform-pool: 33.8 ± 3.7 k tasks/s at 4096 workers, 2.81× below virtual");
        assertThat(r.scaling()).isEqualTo(
                "virtual needs 2048 workers per core for 90% of its best (4096 workers; 256 were not enough)");
        // platform-pool: 32.9 k tasks/s at 256 workers is 97% of its best, 2.8 k at 16 is not
        assertThat(v.workers()).filteredOn(w -> w.model().equals("platform-pool")).singleElement()
                .satisfies(w -> assertThat(w.workers()).isEqualTo(256))
                .satisfies(w -> assertThat(w.below()).isEqualTo(16));
    }

    @Test
    void aSlowStartIsAvoidedWithItsReuseTime() throws Exception {
        VerdictFixtures f = new VerdictFixtures();
        f.add("StartupBench.firstTask", Map.of("start", "cold"), "thread-per-task", 2, 2, 0.189, 0.035);
        f.add("StartupBench.firstTask", Map.of("start", "cold"), "process-pool", 2, 2, 151, 28);
        f.add("StartupBench.firstTask", Map.of("start", "warm"), "process-pool", 2, 2, 0.31, 0.28);
        VerdictRow r = row(f.verdict(dir), "start-up");
        assertThat(r.avoid()).containsExactly("process-pool: 151 ± 28 ms per start, 799× the thread-per-task cost:"
                + " start it once and reuse it (warm: 310 ± 280 µs)");
    }

    @Test
    void contentionRanksEachModelWithEachStrategy() throws Exception {
        VerdictFixtures f = new VerdictFixtures();
        for (String[] s : new String[][] {{"partials", "1.2", "0.67"}, {"synchronized", "5.8", "28.9"}}) {
            Map<String, String> params = Map.of("strategy", s[0], "adds", "4194304");
            f.add("ContentionBench.add", params, "platform-pool", 1, 1, Double.parseDouble(s[1]), 0.05);
            f.add("ContentionBench.add", params, "platform-pool", 2, 2, Double.parseDouble(s[2]), 0.1);
        }
        VerdictRow r = row(f.verdict(dir), "shared state");
        assertThat(r.best()).containsExactly("platform-pool + partials");
        assertThat(r.avoid()).singleElement().asString()
                .startsWith("platform-pool + synchronized: slower on 2 cores than on 1 (0.2");
    }
}
