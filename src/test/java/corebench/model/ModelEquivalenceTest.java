package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.model.Models;
import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import corebench.workload.Task;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model returns what sequential returns, task by task, whatever the worker count and chunk size. */
@ExtendWith(NoLeakedProcessesExtension.class)
class ModelEquivalenceTest {
    /**
     * The task count that stands for "many" where every submission starts a JVM: still more submissions than
     * workers at chunk 1 and 5, with a short last chunk, at a third of the JVM starts of 37.
     */
    private static final int JVM_PER_SUBMISSION_TASKS = 17;

    static Stream<Arguments> configurations() {
        return Stream.of(ModelKind.values()).filter(kind -> kind != ModelKind.CLUSTER).flatMap(kind -> Stream.of(
                // more tasks than workers, fewer tasks than workers, one task, chunk larger than the batch
                Arguments.of(kind, 2, 37, 1),
                Arguments.of(kind, 3, 37, 5),
                Arguments.of(kind, 8, 3, 1),
                Arguments.of(kind, 2, 1, 1),
                Arguments.of(kind, 2, 10, 64)));
    }

    @ParameterizedTest(name = "{0} workers={1} tasks={2} chunk={3}")
    @MethodSource("configurations")
    void sameResultsAsSequential(ModelKind kind, int workers, int taskCount, int chunk) {
        int count = kind == ModelKind.PROCESS_PER_TASK ? Math.min(taskCount, JVM_PER_SUBMISSION_TASKS) : taskCount;
        List<Task> tasks = MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 42, count * 1000L, 1000);
        long[] expected = new SequentialModel(1).run(tasks, 1);
        try (ConcurrencyModel model = kind.create(workers)) {
            assertThat(model.kind()).isEqualTo(kind);
            assertThat(model.run(tasks, chunk)).containsExactly(expected);
            // a second batch on the same model: models are reusable
            assertThat(model.run(tasks)).containsExactly(expected);
        }
    }

    // cluster: members take seconds to start, so ClusterModelTest runs these checks on one shared cluster
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void emptyBatchGivesNoResults(ModelKind kind) {
        try (ConcurrencyModel model = kind.create(2)) {
            assertThat(model.run(List.of(), 1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void rejectsNonPositiveChunkSize(ModelKind kind) {
        try (ConcurrencyModel model = kind.create(1)) {
            assertThatThrownBy(() -> model.run(List.of(new Task(Kernel.ECHO, 1)), 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunk size");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void namesRoundTrip(ModelKind kind) {
        assertThat(Models.byId(kind.id())).isEqualTo(kind);
    }
}
