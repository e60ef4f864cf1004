package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.model.ConcurrencyModel;
import corebench.model.ModelKind;
import corebench.model.SequentialModel;
import corebench.workload.GridWorkload.Kind;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model computes the grid sequential computes, bit for bit, whatever the bands. The child JVMs
 * of the process models map the grid from its key: they see the parent's initial state and the parent
 * sees their writes. Configurations are small because process-per-task starts a JVM per band per sweep.
 */
class GridModelEquivalenceTest {

    static Stream<Arguments> configurations() {
        // cluster: the grid rules it out (GridWorkload.limitation)
        return Stream.of(ModelKind.values()).filter(m -> m != ModelKind.CLUSTER).flatMap(model -> Stream.of(
                // odd sizes; odd and even steps (result in plane 1 and plane 0)
                Arguments.of(model, Kind.JACOBI, 7, 5, 2, 1, 3),
                Arguments.of(model, Kind.JACOBI, 33, 17, 3, 2, 1),
                // more workers than rows: one row per band
                Arguments.of(model, Kind.JACOBI, 5, 9, 8, 4, 2),
                Arguments.of(model, Kind.INPLACE, 7, 5, 8, 4, 10),
                Arguments.of(model, Kind.INPLACE, 31, 3, 3, 1, 3)));
    }

    @AfterEach
    void noGridFileLeft() throws IOException {
        assertThat(SharedGridTest.ownFiles()).isZero();
    }

    @ParameterizedTest(name = "{0} {1} {2}x{3} workers={4} bandsPerWorker={5} steps={6}")
    @MethodSource("configurations")
    void sameGridAsSequential(ModelKind model, Kind kind, int rows, int cols, int workers, int bandsPerWorker, int steps) {
        double[] expected;
        long expectedSum;
        try (GridWorkload reference = new GridWorkload(kind, rows, cols, steps, 99)) {
            reference.run(new SequentialModel(1), reference.batches(1));
            expected = GridWorkloadTest.cells(reference, reference.resultPlane());
            expectedSum = reference.checksum();
        }
        try (GridWorkload w = new GridWorkload(kind, rows, cols, steps, 99);
                ConcurrencyModel m = model.create(workers)) {
            w.run(m, w.batches(workers * bandsPerWorker));
            assertThat(GridWorkloadTest.cells(w, w.resultPlane())).containsExactly(expected);
            assertThat(w.checksum()).isEqualTo(expectedSum);
        }
    }

    // cluster: the grid rules it out (GridWorkload.limitation)
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void oneModelServesOneGridAfterAnother(ModelKind model) {
        try (ConcurrencyModel m = model.create(2)) {
            for (int grid = 0; grid < 2; grid++) {
                long expected;
                try (GridWorkload reference = new GridWorkload(Kind.JACOBI, 7, 5, 2, grid)) {
                    reference.run(new SequentialModel(1), reference.batches(1));
                    expected = reference.checksum();
                }
                try (GridWorkload w = new GridWorkload(Kind.JACOBI, 7, 5, 2, grid)) {
                    w.run(m, w.batches(2));
                    assertThat(w.checksum()).as("grid %d", grid).isEqualTo(expected);
                }
            }
        }
    }
}
