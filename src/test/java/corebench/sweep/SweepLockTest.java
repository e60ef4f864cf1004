package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondSweepIsToldWhoIsRunning() throws IOException {
        try (SweepLock first = SweepLock.acquire(tmp, tmp, "first sweep")) {
            assertThatThrownBy(() -> SweepLock.acquire(tmp, tmp, "second"))
                    .hasMessageContaining("another corebench sweep is running").hasMessageContaining("first sweep");
        }
        SweepLock.acquire(tmp, tmp, "after").close(); // released: free again
    }

    /**
     * Issue 11.9: on main the lock was {@code <tmp>/corebench-sweep.lock}, created 0644 through links, so
     * another user's leftover file locked this user out for good with a bare path as the message.
     */
    @Test
    void theLockIsThisUsersOwnFileInAFolderOfItsOwn() throws IOException {
        try (SweepLock lock = SweepLock.acquire(tmp, tmp, "a sweep")) {
            Path folder = tmp.resolve("corebench-" + SweepLock.userId());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("sweep.lock"))))
                    .isEqualTo("rw-------");
            assertThat(folder.resolve("sweep.lock")).content().startsWith("pid " + ProcessHandle.current().pid()
                    + " (user " + System.getProperty("user.name") + ", command ").endsWith("a sweep");
        }
        assertThat(tmp.resolve("corebench-sweep.lock")).doesNotExist();
    }

    @Test
    void aPlantedLinkOrAnOpenFolderIsRefusedNotFollowed() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("corebench-" + SweepLock.userId()));
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "someone's file");
        Files.createSymbolicLink(folder.resolve("sweep.lock"), victim);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        assertThatThrownBy(() -> SweepLock.acquire(tmp, tmp, "x")).hasMessageContaining("it is a symbolic link; remove it");
        assertThat(victim).hasContent("someone's file");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> SweepLock.acquire(tmp, tmp, "x")).hasMessageContaining("with permissions rwxrwxrwx")
                .hasMessageContaining("writable by no one else");
    }

    @Test
    void aRunningJmhIsDetectedBeforeMeasuring() throws IOException {
        // a separate process would hold it in real life; a lock held through another channel of this JVM
        // is refused the same way
        try (FileChannel jmh = FileChannel.open(tmp.resolve("jmh.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var held = jmh.lock()) {
            assertThatThrownBy(() -> SweepLock.checkJmhLockFree(tmp)).hasMessageContaining("another JMH run holds");
        }
    }

    /** Issue 22.11: on main the lock lived in java.io.tmpdir, so two sweeps with different temp dirs ran at once. */
    @Test
    void theLockIsTheSameWhateverTheTempDir() throws IOException {
        Path root = Files.createDirectory(tmp.resolve("root"));
        try (SweepLock first = SweepLock.acquire(root, Files.createDirectory(tmp.resolve("a")), "first sweep")) {
            assertThatThrownBy(() -> SweepLock.acquire(root, Files.createDirectory(tmp.resolve("b")), "second"))
                    .hasMessageContaining("another corebench sweep is running").hasMessageContaining("first sweep");
        }
    }

    /**
     * Issue 22.3: on main the check opened {@code <tmp>/jmh.lock} with create + write through links, so a planted
     * link made a root sweep create a 0666 file wherever it pointed.
     */
    @Test
    void jmhsLockIsCheckedWithoutFollowingALinkOrCreatingIt() throws IOException {
        SweepLock.checkJmhLockFree(tmp);
        assertThat(tmp.resolve("jmh.lock")).doesNotExist();
        Path target = tmp.resolve("elsewhere").resolve("planted");
        Files.createDirectory(target.getParent());
        Files.createSymbolicLink(tmp.resolve("jmh.lock"), target);
        assertThatThrownBy(() -> SweepLock.checkJmhLockFree(tmp)).hasMessageContaining("is a symbolic link")
                .hasMessageContaining("remove it");
        assertThat(target).doesNotExist();
    }
}
