package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.model.ProcessPoolModel;
import corebench.model.SequentialModel;
import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.GridWorkload.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The process pool's child JVMs work on the parent's grid in place: they map it once, keep the mapping
 * across tasks and sweeps, and their writes are what the parent reads.
 */
@ExtendWith(NoLeakedProcessesExtension.class)
class GridProcessPoolTest {

    @Test
    void childrenMapTheGridOnceAndKeepItAcrossSweeps() throws IOException {
        long expected;
        try (GridWorkload reference = new GridWorkload(Kind.JACOBI, 41, 23, 6, 17)) {
            reference.run(new SequentialModel(1), reference.batches(1));
            expected = reference.checksum();
        }
        try (GridWorkload w = new GridWorkload(Kind.JACOBI, 41, 23, 6, 17);
                ProcessPoolModel pool = new ProcessPoolModel(2)) {
            List<List<Task>> batches = w.batches(8);
            w.run(pool, batches);
            assertThat(w.checksum()).as("the parent reads what the children wrote").isEqualTo(expected);
            w.reset();
            w.run(pool, batches);
            assertThat(w.checksum()).isEqualTo(expected);
            String file = w.grid().path().toString();
            for (long pid : pool.pids()) {
                Path maps = Path.of("/proc", Long.toString(pid), "maps");
                if (Files.isReadable(maps)) { // Linux: each plane is one mapping of the file, made once
                    long mappings = Files.readAllLines(maps).stream().filter(l -> l.endsWith(file)).count();
                    assertThat(mappings).as("mappings of the grid in child %d after 12 sweeps", pid).isEqualTo(2);
                }
            }
        }
    }
}
