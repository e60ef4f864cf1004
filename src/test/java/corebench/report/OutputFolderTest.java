package corebench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    private Path target() {
        return dir.resolve("charts").resolve("machine");
    }

    @Test
    void createsTheFolderAndItsParents() throws Exception {
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "new"));
        assertThat(target().resolve("a.txt")).hasContent("new");
        assertOnlyTargetLeft();
    }

    @Test
    void replacesThePreviousContentsAsAWhole() throws Exception {
        OutputFolder.replace(target(), d -> {
            Files.writeString(d.resolve("a.txt"), "old");
            Files.writeString(d.resolve("stale.txt"), "old");
        });
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "new"));
        assertThat(target().resolve("a.txt")).hasContent("new");
        assertThat(target().resolve("stale.txt")).doesNotExist();
        assertOnlyTargetLeft();
    }

    @Test
    void aFailedWriteLeavesThePreviousOutputAndNoTemporaryFolder() throws Exception {
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "old"));
        assertThatThrownBy(() -> OutputFolder.replace(target(), d -> {
            Files.writeString(d.resolve("a.txt"), "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target().resolve("a.txt")).hasContent("old");
        assertOnlyTargetLeft();
    }

    @Test
    void aFailedFirstWriteLeavesNothing() {
        assertThatThrownBy(() -> OutputFolder.replace(target(), d -> {
            throw new IllegalStateException("renderer bug");
        })).hasMessage("renderer bug");
        assertThat(target()).doesNotExist();
        assertThat(target().getParent()).isEmptyDirectory();
    }

    private void assertOnlyTargetLeft() throws Exception {
        try (Stream<Path> siblings = Files.list(target().getParent())) {
            assertThat(siblings).containsExactly(target());
        }
    }
}
