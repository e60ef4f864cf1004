package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.model.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers every workload's run declaration shares. */
class RunStepTest {
    private final List<RunStep.Skip> skips = new ArrayList<>();

    private RunStep step(List<String> models, boolean quick) {
        return new RunStep("blocking", 4, 4, models, quick, skips::add);
    }

    @Test
    void theShortListRecordsEveryModelItLeavesOutWithTheWayToRunIt() {
        List<String> picked = step(Models.ids(), false).pick(List.of("virtual", "platform-pool"));
        assertThat(picked).containsExactly("platform-pool", "virtual");
        assertThat(skips).hasSize(Models.ids().size() - 2).allSatisfy(s -> {
            assertThat(s.workload()).isEqualTo("blocking");
            assertThat(s.reason()).contains("not in the default plan").endsWith("--workloads blocking --models " + s.model());
        });
    }

    @Test
    void modelsTheUserPickedAllRun() {
        assertThat(step(List.of("cluster", "forkjoin"), true).pick(List.of("virtual"))).containsExactly("cluster", "forkjoin");
        assertThat(skips).isEmpty();
    }

    @Test
    void modelsRunningTheSameFittingValuesShareOneRunAndEachFailedValueIsRecorded() {
        RunStep step = step(List.of("platform-pool", "virtual", "process-pool"), false);
        List<RunStep.Run> runs = step.sharingFit(step.models(), m -> List.of("16", "256", "4096"),
                w -> corebench.workload.Blocking.needs(Integer.parseInt(w)), "workers",
                (values, models) -> step.run(String.join("-", values), "b").models(models).with("workers", values));
        assertThat(runs).extracting(RunStep.Run::name).containsExactly("blocking-16-256-4096", "blocking-16");
        assertThat(runs.get(0).params().get("model")).containsExactly("platform-pool", "virtual");
        assertThat(skips).extracting(RunStep.Skip::model).containsOnly("process-pool");
        assertThat(skips).extracting(s -> s.reason().substring(0, s.reason().indexOf(':')))
                .containsExactly("workers 256", "workers 4096");
    }

    @Test
    void aFilteredStepRecordsOnlyTheSkipsOfTheModelsItKeeps() {
        RunStep step = step(Models.ids(), true).skippingOnly(m -> m.equals("cluster"));
        step.pick(List.of("platform-pool"));
        assertThat(skips).extracting(RunStep.Skip::model).containsExactly("cluster");
    }

    @Test
    void aTopOnlyWorkloadRunsAndRecordsNothingBelowTheTopStep() {
        RunStep below = new RunStep("blocking", 2, 4, Models.ids(), true, skips::add);
        assertThat(below.pickAtTop(List.of("virtual"), List.of())).isEmpty();
        assertThat(skips).isEmpty();
        assertThat(step(Models.ids(), true).pickAtTop(List.of("virtual"), List.of())).containsExactly("virtual");
        assertThat(skips).hasSize(Models.ids().size() - 1);
    }
}
