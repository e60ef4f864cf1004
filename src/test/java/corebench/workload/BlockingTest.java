package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.bench.Fit;
import corebench.model.ConcurrencyModel;
import corebench.model.ModelKind;
import corebench.worker.NoLeakedProcessesExtension;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(NoLeakedProcessesExtension.class)
class BlockingTest {

    // cluster: members take seconds to start; ClusterModelTest runs this workload on one shared cluster
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void everyModelAndChunkSizeGivesTheReferenceHits(ModelKind kind) {
        List<Task> tasks = Blocking.tasks(11, 20, 300);
        long[] expected = Blocking.reference(tasks);
        try (ConcurrencyModel model = kind.create(8)) {
            for (int chunk : new int[] {1, 7}) {
                assertThat(model.run(tasks, chunk)).as(kind.id() + " chunk " + chunk).containsExactly(expected);
            }
        }
    }

    @Test
    void theReferenceIsTheMonteCarloHitsOfTheSameChunks() {
        List<Task> tasks = Blocking.tasks(11, 3, 300);
        assertThat(Blocking.reference(tasks)).containsExactly(
                Reference.of(MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 11, 900, 300)));
        assertThat(tasks.get(1).run()).isEqualTo(Kernel.MONTE_CARLO_SCALAR.run(new long[] {11, 1, 300}));
    }

    @Test
    void sleepsCoverOneToTenMillisecondsDeterministically() {
        int[] millis = IntStream.range(0, 10_000).map(i -> Blocking.millis(5, i)).toArray();
        // every duration from 1 to 10 ms occurs, and no other
        assertThat(IntStream.of(millis).distinct().sorted().toArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // uniform: the mean of 10,000 draws lies within a few standard errors (σ ≈ 2.87 ms / 100) of 5.5 ms
        assertThat(IntStream.of(millis).average().orElseThrow()).isBetween(5.4, 5.6);
        assertThat(IntStream.range(0, 10_000).map(i -> Blocking.millis(5, i)).toArray()).containsExactly(millis);
    }

    @Test
    void processModelsStopAtTheirWorkerCap() {
        for (ModelKind kind : ModelKind.values()) {
            assertThat(Fit.runs(kind, Blocking.needs(Blocking.MAX_PROCESS_WORKERS))).isTrue();
            assertThat(Fit.runs(kind, Blocking.needs(4096))).as(kind.id()).isEqualTo(!kind.has(Trait.JVM_PER_WORKER));
        }
    }
}
