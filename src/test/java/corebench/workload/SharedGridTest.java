package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SharedGridTest {

    @Test
    void fileIsOwnerOnlyAndGoneAfterClose() throws IOException {
        Path path;
        try (SharedGrid grid = SharedGrid.create(3, 5, 2)) {
            path = grid.path();
            assertThat(path).exists();
            assertThat(path.getFileName().toString()).isEqualTo(SharedGrid.fileName(grid.key()));
            assertThat(path.getParent()).isEqualTo(SharedGrid.directories().get(0));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void aSecondMappingSeesWritesBothWays() {
        try (SharedGrid grid = SharedGrid.create(4, 3, 2)) {
            SharedGrid other = SharedGrid.open(grid.key());
            assertThat(other.owner()).isFalse();
            assertThat(List.of(other.rows(), other.cols(), other.planes())).containsExactly(4, 3, 2);
            grid.plane(1).put(7, 2.5);
            assertThat(other.plane(1).get(7)).isEqualTo(2.5);
            other.plane(0).put(11, -1.0);
            assertThat(grid.plane(0).get(11)).isEqualTo(-1.0);
            other.close();
            assertThat(grid.path()).as("a non-owner leaves the file alone").exists();
        }
    }

    @Test
    void registryGivesTheCreatorsMappingAndForgetsClosedGrids() {
        SharedGrid grid = SharedGrid.create(2, 2, 1);
        long key = grid.key();
        assertThat(GridRegistry.get(key)).isSameAs(grid);
        grid.close();
        assertThatThrownBy(() -> GridRegistry.get(key)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no shared grid with key " + key);
        assertThatThrownBy(() -> grid.plane(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        grid.close(); // idempotent
    }

    @Test
    void badShapesLeaveNoFileBehind() throws IOException {
        long before = ownFiles();
        assertThatThrownBy(() -> SharedGrid.create(0, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedGrid.create(3, 3, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedGrid.create(1 << 15, 1 << 14, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 GiB");
        assertThat(ownFiles()).isEqualTo(before);
    }

    @Test
    void filesOfDeadProcessesGoWhenTheNextGridIsCreated() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Path dir = SharedGrid.directories().get(0);
        Path dead = Files.createFile(dir.resolve(SharedGrid.PREFIX + gone.pid() + "-1"));
        Path alive = Files.createFile(dir.resolve(SharedGrid.PREFIX + ProcessHandle.current().pid() + "-99999999"));
        try {
            SharedGrid.create(1, 1, 1).close();
            assertThat(dead).doesNotExist();
            assertThat(alive).as("a live process's file stays").exists();
        } finally {
            Files.deleteIfExists(dead);
            Files.deleteIfExists(alive);
        }
    }

    /** Grid files this JVM has in any grid directory. */
    static long ownFiles() throws IOException {
        String prefix = SharedGrid.PREFIX + ProcessHandle.current().pid() + "-";
        long n = 0;
        for (Path dir : SharedGrid.directories()) {
            try (Stream<Path> files = Files.list(dir)) {
                n += files.filter(p -> p.getFileName().toString().startsWith(prefix)).count();
            }
        }
        return n;
    }
}
