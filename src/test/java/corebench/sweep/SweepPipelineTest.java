package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.model.Models;
import corebench.model.ModelKind;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SweepPipelineTest {

    /** A machine of {@code n} CPUs, whatever this one has: plans must scale without running there. */
    static CpuRestriction machine(int n) {
        return new CpuRestriction(true, "taskset", "test", IntStream.range(0, n).boxed().toList(), "spread", null);
    }

    @Test
    void coreCountsArePowersOfTwoPlusTheMachinesOwn() {
        assertThat(SweepPipeline.coreCounts(1)).containsExactly(1);
        assertThat(SweepPipeline.coreCounts(2)).containsExactly(1, 2);
        assertThat(SweepPipeline.coreCounts(6)).containsExactly(1, 2, 4, 6);
        assertThat(SweepPipeline.coreCounts(64)).containsExactly(1, 2, 4, 8, 16, 32, 64);
    }

    @Test
    void aSixtyFourCoreMachineGetsEveryStepAndOversubscriptionAtTheTop() {
        SweepPlan plan = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false, SweepPipeline.coreCounts(64),
                List.of("montecarlo"), Models.ids(), machine(64));
        assertThat(plan.steps()).extracting(SweepPlan.Step::cores).containsExactly(1, 2, 4, 8, 16, 32, 64);
        SweepPlan.Step top = plan.steps().get(6);
        assertThat(top.cpus()).isEqualTo("0-63");
        JmhRun over = top.runs().stream().filter(r -> r.name().endsWith("oversubscribed-threads")).findFirst().orElseThrow();
        assertThat(over.params().get("workers")).containsExactly("128", "256");
        assertThat(over.params().get("cores")).containsExactly("64");
        // every run of a step carries its core count, and workers = cores on the scaling curve
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                assertThat(run.params().get("cores")).containsExactly(String.valueOf(step.cores()));
                if (!run.name().contains("oversubscribed")) {
                    assertThat(run.params().get("workers")).containsExactly(String.valueOf(step.cores()));
                }
            }
        }
    }

    @Test
    void sequentialRunsOnlyAtOneCoreAndSkipsAreRecorded() {
        SweepPlan plan = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false, List.of(1, 2, 4, 8, 16, 32, 64),
                List.of("montecarlo"), Models.ids(), machine(64));
        for (SweepPlan.Step step : plan.steps()) {
            boolean hasSequential = step.runs().stream().anyMatch(r -> r.params().get("model").contains("sequential"));
            assertThat(hasSequential).as("sequential at %d cores", step.cores()).isEqualTo(step.cores() == 1);
        }
        assertThat(plan.skipped()).isNotEmpty().allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    }

    @Test
    void theQuickPlanIsSmallerThanTheDefault() {
        SweepPlan quick = SweepPipeline.runs("quick", SweepPipeline.QUICK, true, List.of(1, 2), List.of("montecarlo"), Models.ids(), machine(2));
        SweepPlan full = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false, List.of(1, 2), List.of("montecarlo"), Models.ids(), machine(2));
        assertThat(quick.combinations()).isLessThan(full.combinations());
        assertThat(quick.estimatedSeconds()).isLessThan(full.estimatedSeconds());
    }

    @Test
    void rejectsCoreCountsTheMachineDoesNotHave() {
        assertThatThrownBy(() -> SweepPipeline.runs("x", SweepPipeline.QUICK, true, List.of(3), List.of("montecarlo"), Models.ids(), machine(2)))
                .hasMessageContaining("core count 3");
        assertThatThrownBy(() -> SweepPipeline.runs("x", SweepPipeline.QUICK, true, List.of(1), List.of("nope"), Models.ids(), machine(2)))
                .hasMessageContaining("unknown workload 'nope'");
        assertThatThrownBy(() -> SweepPipeline.runs("x", SweepPipeline.QUICK, true, List.of(1), List.of("montecarlo"), List.of("threads"), machine(2)))
                .hasMessageContaining("unknown model 'threads'");
    }

    @Test
    void paramOverridesReachEveryBenchmarkThatHasTheParam() {
        SweepPlan plan = SweepPipeline.runs("x", SweepPipeline.QUICK, true, List.of(1, 2), List.of("montecarlo"), Models.ids(), machine(2));
        SweepPlan small = new ParamOverrides(Map.of("samples", "65536")).apply(plan);
        assertThat(small.steps()).flatExtracting(SweepPlan.Step::runs)
                .allSatisfy(r -> assertThat(r.params().get("samples")).containsExactly("65536"));
        assertThatThrownBy(() -> new ParamOverrides(Map.of("nonsense", "1")).apply(plan)).hasMessageContaining("nonsense");
        assertThatThrownBy(() -> new ParamOverrides(Map.of("workers", "3")).apply(plan)).hasMessageContaining("--cores");
    }

    @Test
    void theClusterRunsStrongScalarOncePerCoreCountAndTheRestIsRecordedAsSkipped() {
        SweepPlan plan = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false, List.of(1, 2, 4),
                List.of("montecarlo", "grid"), Models.ids(), machine(4));
        for (SweepPlan.Step step : plan.steps()) {
            List<String> withCluster = step.runs().stream().filter(r -> r.params().get("model").contains("cluster"))
                    .map(JmhRun::name).toList();
            assertThat(withCluster).as("at %d cores", step.cores()).containsExactly("montecarlo-strong-scalar");
        }
        assertThat(plan.skipped()).filteredOn(s -> s.model().equals("cluster")).extracting(SweepPlan.Skip::workload)
                .containsExactly("montecarlo", "grid");
        SweepPlan quick = SweepPipeline.runs("quick", SweepPipeline.QUICK, true, List.of(1, 2, 4),
                List.of("montecarlo"), Models.ids(), machine(4));
        assertThat(quick.steps()).allSatisfy(step -> assertThat(step.runs().stream()
                .anyMatch(r -> r.params().get("model").contains("cluster"))).isEqualTo(step.cores() == 4));
    }

    @Test
    void theClustersGranularityCurveReachesItsBreakEvenAndContentionKeepsToThePartials() {
        SweepPlan plan = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false, List.of(1, 2),
                List.of("granularity"), Models.ids(), machine(2));
        assertThat(plan.steps()).singleElement().satisfies(top -> assertThat(top.runs())
                .filteredOn(r -> r.params().get("model").contains("cluster")).singleElement()
                .satisfies(r -> assertThat(r.params().get("chunkSize")).containsExactly("1", "100", "1000")));
        SweepPlan picked = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false, List.of(2),
                List.of("contention"), List.of("cluster"), machine(2));
        assertThat(picked.steps().get(0).runs()).singleElement()
                .satisfies(r -> assertThat(r.params().get("strategy")).containsExactly("partials"));
        assertThat(picked.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("mapped-atomic", "cannot map it"));
    }

    @Test
    void onARealClusterTheClusterModelRunsOnceAtTheTopStepUpToTheClustersThreads() {
        SweepPlan plan = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false, List.of(1, 2),
                List.of("montecarlo"), Models.ids(), machine(2));
        SweepPlan onCluster = new OnCluster(12).apply(plan);
        List<JmhRun> clusterRuns = onCluster.steps().stream().flatMap(s -> s.runs().stream())
                .filter(r -> r.params().get("model").contains("cluster")).toList();
        assertThat(clusterRuns).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("montecarlo-strong-scalar-cluster");
            assertThat(r.params().get("model")).containsExactly("cluster");
            assertThat(r.params().get("workers")).containsExactly("1", "2", "4", "8", "12");
            assertThat(r.params().get("cores")).containsExactly("2");
        });
        assertThat(onCluster.steps().get(1).runs()).contains(clusterRuns.get(0));
        // every other model keeps its place in the plan
        assertThat(onCluster.combinations()).isEqualTo(plan.combinations() - 2 + 5);
        // only the cluster model asked for: the lower steps have nothing left to run
        SweepPlan clusterOnly = new OnCluster(3).apply(SweepPipeline.runs("x", SweepPipeline.QUICK, false, List.of(1, 2),
                List.of("montecarlo"), List.of("cluster"), machine(2)));
        assertThat(clusterOnly.steps()).singleElement().satisfies(s -> assertThat(s.cores()).isEqualTo(2));
    }

    @Test
    void smtSiblingsComeAfterEveryPhysicalCore() {
        CpuRestriction here = CpuRestriction.probe(CpuTopology.Order.SPREAD);
        assertThat(here.cpuOrder()).hasSize(Runtime.getRuntime().availableProcessors()).doesNotHaveDuplicates();
        assertThat(here.cpuList(1)).isNotBlank();
    }
}
