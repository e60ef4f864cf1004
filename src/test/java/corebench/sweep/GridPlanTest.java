package corebench.sweep;

import corebench.bench.BandwidthBench;
import corebench.bench.GridBench;
import corebench.bench.RunStep;
import corebench.model.ModelKind;
import corebench.model.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


class GridPlanTest {

    private static SweepPlan plan(boolean quick, List<Integer> cores, int machine) {
        return SweepPipeline.runs(quick ? "quick" : "default", quick ? SweepPipeline.QUICK : SweepPipeline.DEFAULT, quick,
                cores, List.of("grid"), Models.ids(), SweepPipelineTest.machine(machine));
    }

    private static List<JmhRun> runs(SweepPlan plan) {
        return plan.steps().stream().flatMap(s -> s.runs().stream()).toList();
    }

    @Test
    void everyStepRunsJacobiInCacheAndInMemoryBesideTheProbe() {
        SweepPlan plan = plan(false, List.of(1, 2, 4), 4);
        for (SweepPlan.Step step : plan.steps()) {
            String cores = String.valueOf(step.cores());
            for (String size : List.of("512", "4096")) {
                JmhRun jacobi = step.runs().stream().filter(r -> r.name().equals("grid-jacobi-" + size)).findFirst().orElseThrow();
                assertThat(jacobi.benchmark()).isEqualTo(GridBench.BENCHMARK);
                assertThat(jacobi.params().get("size")).containsExactly(size);
                assertThat(jacobi.params().get("workers")).containsExactly(cores);
                assertThat(jacobi.params().get("model")).doesNotContain("process-per-task")
                        .contains("platform-pool").contains(step.cores() == 1 ? "sequential" : "forkjoin");
            }
            JmhRun probe = step.runs().stream().filter(r -> r.benchmark().equals(BandwidthBench.BENCHMARK)).findFirst().orElseThrow();
            assertThat(probe.params()).containsEntry("workers", List.of(cores)).containsEntry("cores", List.of(cores))
                    .containsEntry("kernel", List.of("copy", "scale", "add", "triad"))
                    .containsEntry("size", List.of("512", "4096"));
        }
        assertThat(plan.steps().get(2).runs()).extracting(JmhRun::name).contains("grid-jacobi-balance");
        assertThat(plan.steps().get(1).runs()).extracting(JmhRun::name).doesNotContain("grid-jacobi-balance");
    }

    @Test
    void processPerTaskRunsInPlaceButNeverJacobiAndTheSkipSaysWhy() {
        List<RunStep.Skip> skips = new ArrayList<>();
        RunStep step = new RunStep("grid", 2, 2, List.of("platform-pool", "process-per-task"), false, skips::add);
        for (RunStep.Run run : GridBench.WORKLOAD.runs().apply(step)) {
            if (run.benchmark().equals(GridBench.BENCHMARK)) {
                boolean jacobi = run.params().get("kernel").contains("jacobi");
                assertThat(run.params().get("model").contains("process-per-task")).as(run.name()).isEqualTo(!jacobi);
            }
        }
        assertThat(skips).singleElement().satisfies(s -> {
            assertThat(s.model()).isEqualTo("process-per-task");
            assertThat(s.reason()).contains("jacobi");
        });
        skips.clear();
        GridBench.WORKLOAD.runs().apply(new RunStep("grid", 2, 2, List.of("platform-pool"), false, skips::add));
        assertThat(skips).isEmpty();
    }

    @Test
    void everyPlannedParamIsOneTheBenchmarkHas() {
        for (JmhRun run : runs(plan(false, List.of(1, 2), 2))) {
            for (String param : run.params().keySet()) {
                assertThat(ParamOverrides.hasParam(run.benchmark(), param)).as("%s of %s", param, run.name()).isTrue();
            }
        }
    }

    @Test
    void theQuickPlanIsSmallAndOverridesReachBothBenchmarks() {
        SweepPlan quick = plan(true, List.of(1, 2), 2);
        assertThat(quick.combinations()).isLessThan(plan(false, List.of(1, 2), 2).combinations());
        SweepPlan small = new ParamOverrides(Map.of("size", "256")).apply(quick);
        assertThat(runs(small)).allSatisfy(r -> assertThat(r.params().get("size")).containsExactly("256"));
    }
}
