package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import corebench.model.SequentialModel;
import corebench.workload.GridWorkload.Kind;
import java.io.IOException;
import java.nio.DoubleBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GridWorkloadTest {
    private static final SequentialModel SEQUENTIAL = new SequentialModel(1);

    @AfterEach
    void noGridFileLeft() throws IOException {
        assertThat(SharedGridTest.ownFiles()).isZero();
    }

    @Test
    void jacobiCellIsTheMeanOfItsFourNeighboursAndTheBoundaryStays() {
        try (GridWorkload w = new GridWorkload(Kind.JACOBI, 4, 5, 1, 3)) {
            double[] before = cells(w, 0);
            w.run(SEQUENTIAL, w.batches(1));
            assertThat(w.resultPlane()).isEqualTo(1);
            double[] after = cells(w, 1);
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 5; c++) {
                    int i = r * 5 + c;
                    double expected = r == 0 || r == 3 || c == 0 || c == 4 ? before[i]
                            : 0.25 * (before[i - 1] + before[i + 1] + before[i - 5] + before[i + 5]);
                    assertThat(after[i]).as("cell %d,%d", r, c).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void inPlaceAddsTheIncrementStepsTimes() {
        try (GridWorkload w = new GridWorkload(Kind.INPLACE, 3, 4, 5, 3)) {
            double[] before = cells(w, 0);
            w.run(SEQUENTIAL, w.batches(2));
            double[] after = cells(w, 0);
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    double v = before[r * 4 + c];
                    for (int k = 0; k < 5; k++) {
                        v += 0.000001 * c + r;
                    }
                    assertThat(after[r * 4 + c]).isEqualTo(v);
                }
            }
        }
    }

    @Test
    void resultDoesNotDependOnTheBands() {
        for (Kind kind : Kind.values()) {
            try (GridWorkload w = new GridWorkload(kind, 23, 11, 5, 8)) {
                w.run(SEQUENTIAL, w.batches(1));
                double[] oneBand = cells(w, w.resultPlane());
                for (int bands : new int[] {2, 7, 21, 100}) {
                    w.reset();
                    w.run(SEQUENTIAL, w.batches(bands));
                    assertThat(cells(w, w.resultPlane())).as("%s in %d bands", kind, bands).containsExactly(oneBand);
                }
            }
        }
    }

    @Test
    void resetRestoresTheInitialStateAndRunsRepeatBitForBit() {
        try (GridWorkload w = new GridWorkload(Kind.JACOBI, 9, 9, 4, 1)) {
            double[] initial = cells(w, 0);
            long initialSum = w.checksum();
            w.run(SEQUENTIAL, w.batches(3));
            long first = w.checksum();
            assertThat(first).as("the run changed the grid").isNotEqualTo(initialSum);
            w.reset();
            assertThat(cells(w, 0)).containsExactly(initial);
            w.run(SEQUENTIAL, w.batches(3));
            assertThat(w.checksum()).isEqualTo(first);
        }
    }

    @Test
    void checksumSeesASingleBitAndItsPosition() {
        try (GridWorkload w = new GridWorkload(Kind.INPLACE, 4, 4, 1, 5)) {
            DoubleBuffer plane = w.grid().plane(0);
            long sum = w.checksum();
            double a = plane.get(5);
            plane.put(5, Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ 1));
            assertThat(w.checksum()).isNotEqualTo(sum);
            plane.put(5, a);
            assertThat(w.checksum()).isEqualTo(sum);
            double b = plane.get(6);
            plane.put(5, b);
            plane.put(6, a);
            assertThat(w.checksum()).as("swapped cells").isNotEqualTo(sum);
        }
    }

    @Test
    void aMissingBandIsNoticed() {
        try (GridWorkload w = new GridWorkload(Kind.JACOBI, 6, 6, 1, 1)) {
            var batches = w.batches(2);
            var half = List.of(List.of(batches.get(0).get(0)));
            assertThatThrownBy(() -> w.run(SEQUENTIAL, half)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("updated 8 cells, expected 16");
        }
    }

    @Test
    void kernelsRejectBandsOutsideTheGrid() {
        try (GridWorkload w = new GridWorkload(Kind.JACOBI, 5, 5, 1, 1)) {
            long key = w.grid().key();
            assertThatThrownBy(() -> Kernel.GRID_JACOBI.run(new long[] {key, 0, 0, 2}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interior rows are 1..3");
            assertThatThrownBy(() -> Kernel.GRID_INPLACE.run(new long[] {key, 0, 6, 1}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad band");
        }
    }

    @Test
    void rejectsGridsTooSmallForTheKernelAndUnknownNames() throws IOException {
        assertThatThrownBy(() -> new GridWorkload(Kind.JACOBI, 2, 9, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GridWorkload(Kind.INPLACE, 3, 3, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kind.byId("gauss-seidel")).hasMessageContaining("jacobi, inplace");
    }

    @Test
    void closeRemovesTheFile() {
        Path path;
        try (GridWorkload w = new GridWorkload(Kind.JACOBI, 3, 3, 1, 1)) {
            path = w.grid().path();
            assertThat(path).exists();
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void defaultStepsKeepRunsInTheirBudget() {
        assertThat(GridWorkload.defaultSteps(Kind.JACOBI, 4096)).isEqualTo(2);
        assertThat(GridWorkload.defaultSteps(Kind.JACOBI, 2048)).isEqualTo(4);
        assertThat(GridWorkload.defaultSteps(Kind.JACOBI, 512)).isEqualTo(64);
        assertThat(GridWorkload.defaultSteps(Kind.JACOBI, 1000) % 2).isZero();
        assertThat(GridWorkload.defaultSteps(Kind.INPLACE, 4096)).isEqualTo(16);
        assertThat(GridWorkload.defaultSteps(Kind.INPLACE, 512)).isEqualTo(128);
        assertThat(GridWorkload.cellUpdates(Kind.JACOBI, 4096, 4096, 2)).isEqualTo(2L * 4094 * 4094);
        assertThat(GridWorkload.cellUpdates(Kind.INPLACE, 512, 512, 128)).isEqualTo(1L << 25);
    }

    /** A copy of one plane. */
    static double[] cells(GridWorkload w, int plane) {
        SharedGrid g = w.grid();
        double[] copy = new double[g.rows() * g.cols()];
        g.plane(plane).get(0, copy);
        return copy;
    }
}
