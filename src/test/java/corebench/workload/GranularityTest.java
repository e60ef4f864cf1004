package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import corebench.bench.Fit;
import corebench.model.ConcurrencyModel;
import corebench.model.ModelKind;
import corebench.worker.NoLeakedProcessesExtension;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(NoLeakedProcessesExtension.class)
class GranularityTest {

    // cluster: members take seconds to start; ClusterModelTest runs this workload on one shared cluster
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void everyChunkSizeGivesTheSequentialResults(ModelKind kind) {
        List<Task> tasks = Granularity.tasks(7, 24, 500);
        long[] expected = Reference.of(tasks);
        try (ConcurrencyModel model = kind.create(3)) {
            for (int chunk : new int[] {1, 10, 100, 1000}) {
                long[] hits = model.run(tasks, chunk);
                Reference.check(hits, expected, kind.id() + " chunk " + chunk);
                assertThat(hits).containsExactly(expected);
            }
        }
    }

    @Test
    void tasksAreMonteCarloChunksOfTheGivenSize() {
        List<Task> tasks = Granularity.tasks(7, 3, 500);
        assertThat(tasks).containsExactly(new Task(Kernel.MONTE_CARLO_SCALAR, 7, 0, 500),
                new Task(Kernel.MONTE_CARLO_SCALAR, 7, 1, 500), new Task(Kernel.MONTE_CARLO_SCALAR, 7, 2, 500));
    }

    @Test
    void onlyProcessPerTaskIsLimitedAndOnlyAboveTheJvmStartBudget() {
        for (ModelKind kind : ModelKind.values()) {
            boolean perTask = kind == ModelKind.PROCESS_PER_TASK;
            assertThat(Fit.runs(kind, Granularity.needs(Granularity.TASKS, 1))).as(kind.id()).isEqualTo(!perTask);
            assertThat(Fit.runs(kind, Granularity.needs(Granularity.TASKS, 100))).as(kind.id()).isEqualTo(!perTask);
            assertThat(Fit.runs(kind, Granularity.needs(Granularity.TASKS, 1000))).as(kind.id()).isTrue();
        }
    }

    @Test
    void aWrongResultIsReportedWithTheTask() {
        Assertions.assertThatThrownBy(() -> Reference.check(new long[] {1, 2, 4}, new long[] {1, 2, 3}, "m"))
                .isInstanceOf(IllegalStateException.class).hasMessage("m returned 4 for task 2, the sequential reference 3");
    }
}
