package corebench.sweep;

import corebench.bench.PingPongBench;
import corebench.bench.Workload;
import corebench.model.Models;
import corebench.model.QueueConsumers;
import corebench.workload.PingPong;
import corebench.workload.WorkQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


/** The queue and ping-pong entries of the sweep: what they run, where, within the budget, and every omission recorded. */
class QueuePlansTest {
    private static final List<String> BOTH = List.of("queue", "pingpong");

    private static SweepPlan plan(boolean quick, int cpus, List<String> workloads, List<String> models) {
        return SweepPipeline.runs(quick ? "quick" : "default", quick ? SweepPipeline.QUICK : SweepPipeline.DEFAULT, quick,
                SweepPipeline.coreCounts(cpus), workloads, models, SweepPipelineTest.machine(cpus));
    }

    @Test
    void noPlannedCombinationIsOneTheWorkloadsRuleOutAndEveryParamExists() {
        for (boolean quick : new boolean[] {false, true}) {
            for (List<String> models : List.of(Models.ids(), List.of("virtual", "cluster"), List.of("process-pool"))) {
                for (SweepPlan.Step step : plan(quick, 4, BOTH, models).steps()) {
                    for (JmhRun run : step.runs()) {
                        run.params().keySet().forEach(p -> assertThat(ParamOverrides.hasParam(run.benchmark(), p)).as(p).isTrue());
                        for (String model : run.params().get("model")) {
                            for (String v : run.params().getOrDefault("mechanism", List.of())) {
                                assertThat(PingPongBench.limitation(model, PingPong.Mechanism.byId(v))).as(model + " " + v).isEmpty();
                            }
                            for (String q : run.params().getOrDefault("queue", List.of())) {
                                for (String c : run.params().get("capacity")) {
                                    assertThat(QueueConsumers.whyNot(Models.byId(model), q, Integer.parseInt(c))).as(model + " " + q + " " + c).isEmpty();
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void pingPongRunsAtOneAndTwoCpusQueueAtTheTopStepOnly() {
        SweepPlan plan = plan(false, 8, BOTH, Models.ids());
        for (SweepPlan.Step step : plan.steps()) {
            List<String> workloads = step.runs().stream().map(JmhRun::workload).distinct().toList();
            List<String> expected = new ArrayList<>();
            if (step.cores() <= 2) {
                expected.add("pingpong");
            }
            if (step.cores() == 8) {
                expected.add("queue");
                assertThat(step.runs()).allSatisfy(r -> assertThat(r.params().get("workers")).containsExactly("8"));
            }
            assertThat(workloads).as("at %d cores", step.cores()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theQueueComparesWithGranularityAtItsTaskSizeForEveryConsumerModel() {
        SweepPlan plan = plan(false, 2, List.of("queue"), Models.ids());
        List<String> atGranularitySize = plan.steps().stream().flatMap(s -> s.runs().stream())
                .filter(r -> r.params().get("taskSamples").contains("10000")).flatMap(r -> r.params().get("model").stream()).distinct().toList();
        assertThat(atGranularitySize).containsExactlyInAnyOrder("platform-pool", "virtual", "forkjoin", "process-pool", "cluster");
        List<Map<String, List<String>>> platform = plan.steps().stream().flatMap(s -> s.runs().stream())
                .filter(r -> r.params().get("model").contains("platform-pool")).map(JmhRun::params).toList();
        assertThat(platform.stream().map(p -> p.get("queue").get(0)).distinct()).containsExactlyInAnyOrderElementsOf(WorkQueue.Kind.ids());
        assertThat(platform.stream().map(p -> p.get("taskSamples").get(0)).distinct()).containsExactlyInAnyOrder("500", "10000", "400000");
    }

    @Test
    void modelsWithoutConsumersOrLeftOutAreRecordedWithTheReason() {
        SweepPlan plan = plan(false, 2, BOTH, Models.ids());
        for (String model : List.of("sequential", "thread-per-task", "parallel-stream", "process-per-task")) {
            assertThat(plan.skipped()).anySatisfy(s -> {
                assertThat(s.workload()).isEqualTo("queue");
                assertThat(s.model()).isEqualTo(model);
                assertThat(s.reason()).contains("no long-lived consumers");
            });
        }
        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.workload()).isEqualTo("pingpong");
            assertThat(s.model()).isEqualTo("cluster");
        });
        assertThat(plan.skipped()).filteredOn(s -> s.reason().contains("time budget")).extracting(SweepPlan.Skip::model)
                .contains("virtual", "forkjoin", "cluster");
        SweepPlan picked = plan(false, 2, BOTH, List.of("virtual", "forkjoin", "cluster"));
        assertThat(picked.skipped()).noneMatch(s -> s.reason().contains("time budget"));
        assertThat(picked.combinations()).isGreaterThan(plan.steps().stream().flatMap(s -> s.runs().stream())
                .filter(r -> r.params().get("model").contains("virtual")).mapToInt(JmhRun::combinations).sum());
    }

    @Test
    void queueAndPingPongAddAtMostThreeMinutesToTheDefaultPlanOnTwoCpus() {
        SweepPlan all = plan(false, 2, Workload.names(), Models.ids());
        SweepPlan without = plan(false, 2, Workload.names().stream().filter(w -> !BOTH.contains(w)).toList(), Models.ids());
        System.out.printf("default plan on 2 CPUs: %d benchmarks, %.1f min (without queue and pingpong: %d, %.1f min)%n",
                all.combinations(), all.estimatedSeconds() / 60, without.combinations(), without.estimatedSeconds() / 60);
        // the whole plan's budget is BudgetCutsTest's; these two workloads must stay a small part of it
        assertThat(all.estimatedSeconds() - without.estimatedSeconds()).isLessThanOrEqualTo(3 * 60);
        assertThat(plan(true, 2, BOTH, Models.ids()).combinations()).isLessThanOrEqualTo(5);
    }
}
