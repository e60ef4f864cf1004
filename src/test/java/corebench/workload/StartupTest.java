package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.model.ConcurrencyModel;
import corebench.model.ModelKind;
import corebench.worker.NoLeakedProcessesExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(NoLeakedProcessesExtension.class)
class StartupTest {

    // cluster: members take seconds to start; ClusterModelTest runs this workload on one shared cluster
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void coldStartsRunTheProbeAndLeaveNoProcessBehind(ModelKind kind) {
        for (int i = 0; i < 3; i++) {
            try (ConcurrencyModel model = kind.create(2)) {
                Startup.probe(model, 100 + i);
            }
            assertThat(ProcessHandle.current().children()).as("children after cold start " + i).isEmpty();
        }
    }

    // cluster: members take seconds to start; ClusterModelTest runs this workload on one shared cluster
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void aWarmModelRunsTheProbeAgainAndAgain(ModelKind kind) {
        try (ConcurrencyModel model = kind.create(2)) {
            for (long v = 1; v <= 5; v++) {
                Startup.probe(model, v);
            }
        }
    }

    @Test
    void aWrongEchoFails() {
        TaskRunner liar = (tasks, chunkSize) -> new long[] {tasks.get(0).arg(0) + 1};
        assertThatThrownBy(() -> Startup.probe(liar, 41)).isInstanceOf(IllegalStateException.class)
                .hasMessage("echoed [42] for 41");
    }
}
