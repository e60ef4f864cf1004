package corebench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.report.results.ReportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aSecondWriterIsRefusedInOneLineAndTheFirstFinishes() throws Exception {
        Files.createDirectories(target().getParent());
        try (OutputLock first = OutputLock.take(target().toAbsolutePath(), target())) {
            assertThatThrownBy(() -> OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "second")))
                    .isInstanceOf(ReportException.class).hasMessage(target() + ": another corebench report or compare is"
                            + " writing this folder now; run again when it has finished");
        }
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "third"));
        assertThat(target().resolve("a.txt")).hasContent("third");
        assertOnlyTargetLeft();
    }

    @Test
    void whatAKilledRunLeftIsDeletedByTheNext() throws Exception {
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "old"));
        Path parent = target().getParent();
        Files.writeString(Files.createDirectories(parent.resolve(".machine.new-1234567890")).resolve("a.txt"), "half");
        Files.writeString(Files.createDirectories(parent.resolve(".machine.old-7f3a")).resolve(OutputFolder.MARKER), "");
        Files.writeString(parent.resolve(".machine.lock"), "stale");
        Files.writeString(Files.createDirectories(parent.resolve(".other.new-1")).resolve("a.txt"), "not ours");
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "new"));
        assertThat(target().resolve("a.txt")).hasContent("new");
        try (Stream<Path> siblings = Files.list(parent)) {
            assertThat(siblings).containsExactlyInAnyOrder(target(), parent.resolve(".other.new-1"));
        }
    }

    @Test
    void aKillBetweenTheTwoRenamesIsUndoneByTheNextRun() throws Exception {
        Path old = Files.createDirectories(target().getParent().resolve(".machine.old-12ab"));
        Files.writeString(old.resolve(OutputFolder.MARKER), "");
        Files.writeString(old.resolve("a.txt"), "old");
        assertThatThrownBy(() -> OutputFolder.replace(target(), d -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target().resolve("a.txt")).hasContent("old");
        assertOnlyTargetLeft();
    }

    @Test
    void sigtermWhileWritingLeavesThePreviousOutputAndNoTemporaryFolder() throws Exception {
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "old"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SlowOutput.class.getName(), target().toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            p.destroy(); // SIGTERM; SIGHUP and Ctrl-C run the same shutdown hook
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(target().resolve("a.txt")).hasContent("old");
        assertOnlyTargetLeft();
    }

    @Test
    void theOutputFolderFollowsTheUmaskLikeAnyNewFolder() throws Exception {
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "new"));
        Path probe = Files.createDirectory(dir.resolve("probe"));
        Path probeFile = Files.writeString(dir.resolve("probe.txt"), "x");
        assertThat(Files.getPosixFilePermissions(target())).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(Files.getPosixFilePermissions(target().resolve("a.txt"))).isEqualTo(Files.getPosixFilePermissions(probeFile));
    }

    @Test
    void anOutputAboveTheLimitIsRefusedAndNothingIsReplaced() throws Exception {
        OutputFolder.replace(target(), d -> Files.writeString(d.resolve("a.txt"), "old"));
        assertThatThrownBy(() -> OutputFolder.replace(target(), d -> {
            try (RandomAccessFile huge = new RandomAccessFile(d.resolve("huge.bin").toFile(), "rw")) {
                huge.setLength(OutputFolder.MAX_BYTES + 1); // sparse
            }
        })).isInstanceOf(ReportException.class).hasMessageContaining("MB an output may have; nothing was replaced");
        assertThat(target().resolve("a.txt")).hasContent("old");
        assertOnlyTargetLeft();
    }

    private void assertOnlyTargetLeft() throws Exception {
        try (Stream<Path> siblings = Files.list(target().getParent())) {
            assertThat(siblings).containsExactly(target());
        }
    }
}
