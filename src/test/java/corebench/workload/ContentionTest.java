package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import corebench.bench.Fit;
import corebench.model.ConcurrencyModel;
import corebench.model.ModelException;
import corebench.model.ModelKind;
import corebench.model.SequentialModel;
import corebench.worker.NoLeakedProcessesExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(NoLeakedProcessesExtension.class)
class ContentionTest {
    /** Odd and not a multiple of the worker count: uneven shares, and a total that needs the odd branch. */
    private static final long ADDS = 200_001;

    static Stream<Arguments> everyModelAndStrategy() {
        // cluster: members take seconds to start; ClusterModelTest runs contention on one shared cluster
        return Stream.of(ModelKind.values()).filter(kind -> kind != ModelKind.CLUSTER)
                .flatMap(kind -> Stream.of(ContentionStrategy.values()).map(s -> Arguments.of(kind, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyModelAndStrategy")
    void totalIsExactWhereSupportedAndRefusedClearlyElsewhere(ModelKind kind, ContentionStrategy strategy) {
        try (Contention contention = Contention.open(strategy, 3, ADDS); ConcurrencyModel model = kind.create(3)) {
            if (Fit.runs(kind, Contention.needs(strategy))) {
                assertThat(contention.run(model)).isEqualTo(ADDS * (ADDS + 1) / 2);
                // a second batch on the same total: reset between batches
                assertThat(contention.run(model)).isEqualTo(ADDS * (ADDS + 1) / 2);
            } else {
                // the strategy's object is in this JVM: a child JVM must fail loudly, not add to a copy
                assertThatThrownBy(() -> contention.run(model)).isInstanceOf(ModelException.class)
                        .hasMessageContaining("works only with threads of the JVM that holds it");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ContentionStrategy.class)
    void sameTotalAsTheSequentialModel(ContentionStrategy strategy) {
        try (Contention contention = Contention.open(strategy, 5, 1234)) {
            assertThat(contention.run(new SequentialModel(1))).isEqualTo(1234L * 1235 / 2).isEqualTo(contention.expectedTotal());
        }
    }

    @Test
    void tasksSplitTheValuesWithoutGapOrOverlap() {
        try (Contention contention = Contention.open(ContentionStrategy.ATOMIC, 4, 10)) {
            assertThat(contention.tasks()).extracting(t -> t.arg(4)).containsExactly(1L, 3L, 6L, 8L);
            assertThat(contention.tasks()).extracting(t -> t.arg(5)).containsExactly(2L, 3L, 2L, 3L);
        }
    }

    @Test
    void oddAndEvenAddsGiveTheTriangularNumber() {
        try (Contention odd = Contention.open(ContentionStrategy.PARTIALS, 1, 7);
                Contention even = Contention.open(ContentionStrategy.PARTIALS, 1, 8)) {
            assertThat(odd.expectedTotal()).isEqualTo(28);
            assertThat(even.expectedTotal()).isEqualTo(36);
        }
    }

    @Test
    void threadModelsSupportEveryStrategyProcessModelsOnlyTheCrossingOnes() {
        for (ModelKind kind : ModelKind.values()) {
            for (ContentionStrategy s : ContentionStrategy.values()) {
                // the cluster's members are other machines: no mapped memory in common either
                assertThat(Fit.runs(kind, Contention.needs(s))).as(kind + " " + s)
                        .isEqualTo(!kind.has(Trait.JVM_PER_WORKER) || s == ContentionStrategy.PARTIALS
                                || s == ContentionStrategy.MAPPED_ATOMIC && kind != ModelKind.CLUSTER);
            }
        }
        assertThat(ContentionStrategy.values()).filteredOn(ContentionStrategy::crossesProcesses)
                .containsExactly(ContentionStrategy.PARTIALS, ContentionStrategy.MAPPED_ATOMIC);
    }

    @Test
    void aJvmWithoutTheTotalRefusesHeapStrategiesAndAttachesToTheOthers() {
        for (ContentionStrategy s : ContentionStrategy.values()) {
            // a key no JVM opened, one per strategy as Contention.open would give
            long[] args = {s.wireId(), 0x7777_0000_0000L + s.wireId(), 2, 1, 10, 5};
            if (s == ContentionStrategy.PARTIALS) {
                // a child's own partials: the task's sum comes back as its result
                assertThat(Kernel.CONTENTION.run(args)).isEqualTo(10 + 11 + 12 + 13 + 14);
            } else if (s == ContentionStrategy.MAPPED_ATOMIC) {
                assertThatThrownBy(() -> Kernel.CONTENTION.run(args)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("no shared total with key");
            } else {
                assertThatThrownBy(() -> Kernel.CONTENTION.run(args)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("works only with threads of the JVM that holds it");
            }
        }
    }

    private static Path totalFile(long key) {
        return SharedMemoryFile.directories().get(0).resolve(SharedMemoryFile.fileName(MappedTotal.KIND, key));
    }

    @Test
    void theMappedTotalIsSharedMemoryAndItsFileIsRemovedOnClose() throws Exception {
        Contention contention = Contention.open(ContentionStrategy.MAPPED_ATOMIC, 2, 100);
        long key = contention.tasks().get(0).arg(1);
        assertThat(Files.exists(totalFile(key))).isTrue();
        // a second, independent mapping of the same file sees the adds: the memory is shared
        try (MappedTotal other = MappedTotal.open(key)) {
            contention.run(new SequentialModel(1));
            assertThat(other.total(new long[0])).isEqualTo(5050);
        }
        contention.close();
        assertThat(Files.exists(totalFile(key))).isFalse();
    }

    @Test
    void rejectsBadSizesAndUnknownNames() {
        assertThatThrownBy(() -> Contention.open(ContentionStrategy.ATOMIC, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contention.open(ContentionStrategy.ATOMIC, 1, Contention.MAX_ADDS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentionStrategy.byId("spinlock")).hasMessageContaining("strategies are [synchronized");
    }
}
