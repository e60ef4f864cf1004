package corebench.sweep;

import corebench.bench.Fit;
import corebench.bench.GranularityBench;
import corebench.bench.PipeBench;
import corebench.bench.StartupBench;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Blocking;
import corebench.workload.Contention;
import corebench.workload.ContentionStrategy;
import corebench.workload.Granularity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The sweep entries of the overhead workloads: what they run, where, and that every omission is recorded. */
class OverheadPlansTest {
    private static final List<String> OVERHEAD = List.of("granularity", "contention", "startup", "blocking");
    /** A 4-CPU machine: steps 1, 2, 4, with the top step distinct from the others. */
    private static final CpuRestriction FOUR_CPUS = new CpuRestriction(true, "taskset", "test", List.of(0, 1, 2, 3), "spread", null);

    private static SweepPlan plan(boolean quick, List<String> models) {
        return SweepPipeline.runs(quick ? "quick" : "default", quick ? SweepPipeline.QUICK : SweepPipeline.DEFAULT, quick,
                SweepPipeline.coreCounts(4), OVERHEAD, models, FOUR_CPUS);
    }

    @Test
    void everyRunNamesARealBenchmarkAndItsRealParams() {
        for (boolean quick : new boolean[] {false, true}) {
            for (SweepPlan.Step step : plan(quick, Models.ids()).steps()) {
                for (JmhRun run : step.runs()) {
                    assertThat(run.params().keySet()).allSatisfy(p -> assertThat(ParamOverrides.hasParam(run.benchmark(), p))
                            .as(run.benchmark() + " has @Param " + p).isTrue());
                }
            }
        }
    }

    @Test
    void contentionScalesWithCoresTheOthersRunAtTheTopStepOnly() {
        for (SweepPlan.Step step : plan(false, Models.ids()).steps()) {
            List<String> workloads = step.runs().stream().map(JmhRun::workload).distinct().toList();
            if (step.cores() == 4) {
                assertThat(workloads).containsExactlyInAnyOrderElementsOf(OVERHEAD);
            } else {
                assertThat(workloads).containsExactly("contention");
                assertThat(step.runs()).allSatisfy(r -> assertThat(r.params().get("workers")).containsExactly(String.valueOf(step.cores())));
            }
        }
    }

    @Test
    void noPlannedCombinationIsOneTheWorkloadsRuleOut() {
        for (boolean quick : new boolean[] {false, true}) {
            for (SweepPlan.Step step : plan(quick, Models.ids()).steps()) {
                for (JmhRun run : step.runs()) {
                    for (Map<String, String> combination : combinations(run)) {
                        assertThat(limitation(run.workload(), combination)).as(combination.toString()).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aUserWhoPicksModelsGetsThemAllAndNothingIsLeftOutSilently() {
        List<String> picked = Models.ids().stream().filter(m -> !m.equals("sequential")).toList();
        SweepPlan plan = plan(false, picked);
        for (String workload : List.of("granularity", "contention", "blocking", "startup")) {
            List<String> planned = plan.steps().stream().flatMap(s -> s.runs().stream()).filter(r -> r.workload().equals(workload))
                    .flatMap(r -> r.params().get("model").stream()).distinct().toList();
            assertThat(planned).as(workload).containsExactlyInAnyOrderElementsOf(picked);
        }
        assertThat(plan.skipped()).noneMatch(s -> s.reason().contains("time budget"));
    }

    @Test
    void thePipeBaselineRunsInTheStepWhereTheProcessPoolRunsGranularity() {
        for (boolean quick : new boolean[] {false, true}) {
            for (SweepPlan.Step step : plan(quick, Models.ids()).steps()) {
                List<JmhRun> pipe = step.runs().stream().filter(r -> r.benchmark().equals(PipeBench.BENCHMARK)).toList();
                boolean pool = step.runs().stream().anyMatch(r -> r.benchmark().equals(GranularityBench.BENCHMARK)
                        && r.params().get("model").contains("process-pool"));
                assertThat(pipe).hasSize(pool ? 1 : 0);
                pipe.forEach(r -> assertThat(r.params()).containsEntry("model", List.of("process-pool"))
                        .containsEntry("workers", List.of("1")));
            }
        }
        List<JmhRun> withoutPool = plan(false, List.of("platform-pool")).steps().stream().flatMap(s -> s.runs().stream()).toList();
        assertThat(withoutPool).noneMatch(r -> r.benchmark().equals(PipeBench.BENCHMARK));
    }

    @Test
    void startupRunsColdShotsOfManyStartsAndWarmAverages() {
        SweepPlan.Step top = plan(false, Models.ids()).steps().getLast();
        Map<String, JmhRun> startup = new HashMap<>();
        top.runs().stream().filter(r -> r.workload().equals("startup")).forEach(r -> startup.put(r.name(), r));
        assertThat(startup.keySet()).containsExactlyInAnyOrder("startup-cold-threads", "startup-cold-jvms", "startup-warm");
        assertThat(startup.get("startup-cold-jvms").params()).containsEntry("model", List.of("process-pool", "process-per-task"))
                .containsEntry("starts", List.of("10"));
        assertThat(startup.get("startup-cold-threads").params()).containsEntry("starts", List.of("200"));
        assertThat(startup.get("startup-warm").benchmark()).isEqualTo(StartupBench.WARM);
        assertThat(startup.get("startup-warm").params()).doesNotContainKey("starts");
    }

    @Test
    void theDefaultPlanRecordsEveryModelItLeavesOut() {
        SweepPlan plan = plan(false, Models.ids());
        for (String workload : OVERHEAD) {
            List<String> planned = plan.steps().stream().flatMap(s -> s.runs().stream()).filter(r -> r.workload().equals(workload))
                    .flatMap(r -> r.params().get("model").stream()).distinct().toList();
            List<String> skipped = plan.skipped().stream().filter(s -> s.workload().equals(workload)).map(SweepPlan.Skip::model).toList();
            assertThat(Models.ids()).as(workload).allSatisfy(m -> assertThat(planned.contains(m) || skipped.contains(m))
                    .as(workload + " " + m).isTrue());
        }
        // blocking: the thread models go to 4096 workers; the one-worker point is only run when asked for
        List<JmhRun> blocking = runs(plan, "blocking");
        assertThat(blocking).anySatisfy(r -> assertThat(r.params().get("workers")).containsExactly("16", "256", "4096"));
        assertThat(plan.skipped()).anyMatch(s -> s.workload().equals("blocking") && s.model().equals("sequential"));
        assertThat(runs(plan(false, List.of("sequential", "virtual")), "blocking")).anySatisfy(r -> {
            assertThat(r.params().get("model")).containsExactly("sequential");
            assertThat(r.params().get("workers")).containsExactly("1");
        });
    }

    private static List<JmhRun> runs(SweepPlan plan, String workload) {
        return plan.steps().getLast().runs().stream().filter(r -> r.workload().equals(workload)).toList();
    }

    @Test
    void theQuickPlanIsSmaller() {
        assertThat(plan(true, Models.ids()).combinations()).isLessThan(plan(false, Models.ids()).combinations() / 2);
    }

    /** Every combination of a run's parameter lists. */
    private static List<Map<String, String>> combinations(JmhRun run) {
        List<Map<String, String>> out = new ArrayList<>(List.of(Map.of()));
        run.params().forEach((param, values) -> {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : values) {
                    Map<String, String> m = new HashMap<>(partial);
                    m.put(param, v);
                    next.add(m);
                }
            }
            out.clear();
            out.addAll(next);
        });
        return out;
    }

    private static Optional<String> limitation(String workload, Map<String, String> c) {
        ModelType model = Models.byId(c.get("model"));
        return switch (workload) {
            // the pipe baseline beside it has no chunk size and no limitation
            case "granularity" -> c.containsKey("chunkSize")
                    ? Fit.whyNot(model, Granularity.needs(Granularity.TASKS, Integer.parseInt(c.get("chunkSize")))) : Optional.empty();
            case "contention" -> Fit.whyNot(model, Contention.needs(ContentionStrategy.byId(c.get("strategy"))));
            case "blocking" -> Fit.whyNot(model, Blocking.needs(Integer.parseInt(c.get("workers"))));
            default -> Optional.empty();
        };
    }
}
