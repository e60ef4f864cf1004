package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.model.Models;
import corebench.model.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
                assertThat(jacobi.benchmark()).isEqualTo(GridPlan.GRID);
                assertThat(jacobi.params().get("size")).containsExactly(size);
                assertThat(jacobi.params().get("workers")).containsExactly(cores);
                assertThat(jacobi.params().get("model")).doesNotContain("process-per-task")
                        .contains("platform-pool").contains(step.cores() == 1 ? "sequential" : "forkjoin");
            }
            JmhRun probe = step.runs().stream().filter(r -> r.benchmark().equals(GridPlan.PROBE)).findFirst().orElseThrow();
            assertThat(probe.params()).containsEntry("workers", List.of(cores)).containsEntry("cores", List.of(cores))
                    .containsEntry("kernel", List.of("copy", "scale", "add", "triad"))
                    .containsEntry("size", List.of("512", "4096"));
        }
        assertThat(plan.steps().get(2).runs()).extracting(JmhRun::name).contains("grid-jacobi-balance");
        assertThat(plan.steps().get(1).runs()).extracting(JmhRun::name).doesNotContain("grid-jacobi-balance");
    }

    @Test
    void processPerTaskRunsInPlaceButNeverJacobiAndTheSkipSaysWhy() {
        GridPlan grid = new GridPlan();
        WorkloadPlan.StepContext step = new WorkloadPlan.StepContext(2, 2, List.of("platform-pool", "process-per-task"), false);
        List<SweepPlan.Skip> skips = new ArrayList<>();
        for (JmhRun run : grid.runs(step, skips::add)) {
            if (run.benchmark().equals(GridPlan.GRID)) {
                boolean jacobi = run.params().get("kernel").contains("jacobi");
                assertThat(run.params().get("model").contains("process-per-task")).as(run.name()).isEqualTo(!jacobi);
            }
        }
        assertThat(skips).singleElement().satisfies(s -> {
            assertThat(s.model()).isEqualTo("process-per-task");
            assertThat(s.reason()).contains("jacobi");
        });
        skips.clear();
        grid.runs(new WorkloadPlan.StepContext(2, 2, List.of("platform-pool"), false), skips::add);
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
