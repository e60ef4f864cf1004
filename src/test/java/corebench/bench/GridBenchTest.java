package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.model.ModelKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark's own fixtures, called as JMH calls them, on a small grid. */
class GridBenchTest {

    // cluster: the grid rules it out (GridWorkload.limitation)
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLUSTER")
    void everyModelPassesTheChecksOfBothKernels(ModelKind model) {
        for (String kernel : new String[] {"jacobi", "inplace"}) {
            if (model == ModelKind.PROCESS_PER_TASK && kernel.equals("jacobi")) {
                // a JVM per band per sweep: refused here exactly as the sweep skips it
                assertThatThrownBy(() -> bench(model.id(), kernel, 2, 1)).hasMessageStartingWith("not run: process-per-task: jacobi");
                continue;
            }
            GridBench bench = bench(model.id(), kernel, 2, 1);
            try {
                Work.CellUpdates cells = new Work.CellUpdates();
                Work.Bytes bytes = new Work.Bytes();
                for (int op = 0; op < 2; op++) {
                    bench.resetGrid();
                    bench.run(cells, bytes);
                    bench.checkGrid();
                }
                // the operation records its own work: what cells/s and GB/s are made of
                long expected = GridCounts.cellUpdatesPerOp(kernel, bench.size, bench.steps);
                assertThat(cells.cellUpdatesPerOp).isEqualTo(expected);
                if (kernel.equals("jacobi")) {
                    assertThat(bytes.bytesPerOp).isEqualTo(16.0 * expected);
                } else {
                    assertThat(bytes.bytesPerOp).as("in-place updates move no meaningful bytes").isNaN();
                }
            } finally {
                close(bench);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"jacobi", "inplace"})
    void aWrongGridFailsLoudly(String kernel) {
        GridBench bench = bench("platform-pool", kernel, 2, 4);
        try {
            bench.resetGrid();
            bench.run(new Work.CellUpdates(), new Work.Bytes());
            bench.run(new Work.CellUpdates(), new Work.Bytes()); // without a reset: the result is not the reference's any more
            assertThatThrownBy(bench::checkGrid).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("platform-pool with 2 workers and 8 bands").hasMessageContaining("sequential reference");
        } finally {
            close(bench);
        }
    }

    @ParameterizedTest
    @CsvSource({"jacobi, 512, 0, 16646400", "jacobi, 4096, 0, 33521672", "jacobi, 100, 3, 28812", "inplace, 4096, 0, 268435456"})
    void countsCellUpdatesPerOperation(String kernel, int size, int steps, long expected) {
        assertThat(GridCounts.cellUpdatesPerOp(kernel, size, steps)).isEqualTo(expected);
    }

    private static GridBench bench(String model, String kernel, int workers, int bandsPerWorker) {
        GridBench bench = new GridBench();
        bench.model = model;
        bench.workers = workers;
        bench.kernel = kernel;
        bench.size = 37;
        bench.bandsPerWorker = bandsPerWorker;
        bench.steps = 3;
        bench.createModel();
        bench.createGrid();
        return bench;
    }

    private static void close(GridBench bench) {
        bench.removeGrid();
        bench.closeModel();
    }
}
