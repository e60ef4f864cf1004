package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets, what counts as a headline scenario, and the headline forks. */
class PrecisionTargetTest {

    @Test
    void parsesOffOneTargetOrHeadlineAndOther() {
        assertThat(PrecisionTarget.parse("off").enabled()).isFalse();
        assertThat(PrecisionTarget.parse("3")).isEqualTo(new PrecisionTarget(3, 3));
        assertThat(PrecisionTarget.parse("2.5,10%")).isEqualTo(new PrecisionTarget(2.5, 10));
        for (String bad : List.of("", "0", "-5", "five", "5,", "1,2,3", "101")) {
            assertThatThrownBy(() -> PrecisionTarget.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--precision takes");
        }
        assertThat(PrecisionTarget.DEFAULT.describe()).isEqualTo("+-5% (Monte Carlo, grid Jacobi), +-15% (others)");
    }

    @Test
    void monteCarloAndGridJacobiAreTheHeadlineScenarios() {
        PrecisionTarget t = PrecisionTarget.DEFAULT;
        assertThat(t.fractionFor(true)).hasValue(0.05);
        assertThat(t.fractionFor(false)).hasValue(0.15);
        assertThat(PrecisionTarget.OFF.fractionFor(true)).isEmpty();
        JmhRun jacobi = new JmhRun("grid-jacobi", "grid", GridPlan.GRID, Map.of()).with("kernel", List.of("jacobi"));
        assertThat(jacobi.headline()).isTrue();
        assertThat(jacobi.with("kernel", List.of("jacobi", "inplace")).headline()).isFalse();
        assertThat(jacobi.with("kernel", List.of("inplace")).headline()).isFalse();
        assertThat(new JmhRun("mc", "montecarlo", MonteCarloPlan.BENCHMARK, Map.of()).with("kernel", List.of("simd")).headline()).isTrue();
        JmhRun copy = new JmhRun("bw", "grid", GridPlan.PROBE, Map.of()).with("kernel", List.of("copy"));
        assertThat(copy.headline()).as("a probe is not a headline scenario").isFalse();
        assertThat(copy.probe()).isTrue();
        assertThat(jacobi.probe()).isFalse();
    }

    @Test
    void headlineRunsStartWithTwoForksUnlessTheUserChoseTheForks() {
        SweepPlan.JmhSettings plan = SweepPipeline.DEFAULT;
        JmhRun mc = new JmhRun("montecarlo-strong-scalar", "montecarlo", MonteCarloPlan.BENCHMARK, Map.of())
                .with("model", List.of("virtual", "forkjoin"));
        JmhRun startup = new JmhRun("startup", "startup", "corebench.bench.StartupBench.firstTask", Map.of())
                .with("model", List.of("virtual"));
        PrecisionPlan p = PrecisionPlan.of(PrecisionTarget.DEFAULT, plan, false, false);
        // 3 measured iterations of 400 ms become 6 of 200: the same time, an interval from twice the samples
        assertThat(p.firstAttempt(mc, plan)).isEqualTo(new SweepPlan.JmhSettings(2, 1, 400, 6, 200));
        assertThat(p.firstAttempt(startup, plan)).isEqualTo(plan);
        assertThat(p.plannedSeconds(mc, plan)).isEqualTo(2 * PlanEstimate.benchmarkSeconds(p.headline()));
        assertThat(p.allowanceSeconds(mc, plan)).isEqualTo(p.plannedSeconds(mc, plan) * PrecisionPlan.DEFAULT_ALLOWANCE_FACTOR);
        assertThat(PrecisionPlan.of(PrecisionTarget.DEFAULT, plan, true, false).headline())
                .isEqualTo(new SweepPlan.JmhSettings(2, 3, 400, 5, 400));
        assertThat(PrecisionPlan.of(PrecisionTarget.DEFAULT, plan, false, true).headline()).isEqualTo(plan);
        assertThat(PrecisionPlan.of(PrecisionTarget.OFF, plan, false, false).allowanceSeconds(mc, plan)).isZero();
    }

    @Test
    void coldStartsInOneJvmTakeManyMoreShotsUnlessTheUserChoseTheIterations() {
        SweepPlan.JmhSettings plan = SweepPipeline.DEFAULT;
        WorkloadPlan.StepContext top = new WorkloadPlan.StepContext(2, 2, List.of("platform-pool", "virtual", "process-pool"), false);
        List<JmhRun> runs = new StartupPlan().runs(top, skip -> { });
        JmhRun threads = runs.stream().filter(r -> r.name().equals("startup-cold-threads")).findFirst().orElseThrow();
        JmhRun jvms = runs.stream().filter(r -> r.name().equals("startup-cold-jvms")).findFirst().orElseThrow();
        PrecisionPlan p = PrecisionPlan.of(PrecisionTarget.DEFAULT, plan, false, false);
        assertThat(p.firstAttempt(threads, plan)).isEqualTo(new SweepPlan.JmhSettings(1, 3, 400, 90, 400));
        assertThat(p.firstAttempt(jvms, plan)).isEqualTo(plan); // shots of ~1-2 s: the plan's 5 are dear enough
        assertThat(PrecisionPlan.of(PrecisionTarget.DEFAULT, plan, true, false).firstAttempt(threads, plan)).isEqualTo(plan);
        // older runs recorded no short-shot settings: the plan's
        assertThat(new PrecisionPlan(PrecisionTarget.DEFAULT, p.headline(), 0.5, null).firstAttempt(threads, plan)).isEqualTo(plan);
        // a shot lasts its 200 starts (~60 ms), not an iteration time of 400 ms
        Map<String, String> virtual = Map.of("model", "virtual", "workers", "2", "starts", "200");
        assertThat(PlanEstimate.cost(plan, 2, threads, virtual).seconds())
                .isLessThan(PlanEstimate.FORK_SECONDS + 93 * 0.1).isGreaterThan(PlanEstimate.FORK_SECONDS + 93 * 0.05);
    }

    @Test
    void headlineIterationsAreSplitOnlyAsFarAsTheShortestIterationAllows() {
        // a budget that shortened iterations to 358 ms leaves them whole; 200 ms cannot be split; 1 s gives 5 pieces
        assertThat(PrecisionPlan.headlineSettings(new SweepPlan.JmhSettings(1, 1, 358, 5, 358), false))
                .isEqualTo(new SweepPlan.JmhSettings(2, 1, 358, 3, 358));
        assertThat(PrecisionPlan.headlineSettings(new SweepPlan.JmhSettings(1, 3, 200, 5, 200), false))
                .isEqualTo(new SweepPlan.JmhSettings(2, 1, 200, 3, 200));
        assertThat(PrecisionPlan.headlineSettings(new SweepPlan.JmhSettings(1, 3, 1000, 5, 1000), false))
                .isEqualTo(new SweepPlan.JmhSettings(2, 1, 1000, 15, 200));
    }
}
