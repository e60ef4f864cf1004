package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, issue 11.10: a mapped total's file is 0600, goes when its JVM exits without closing it, and
 * the file of a JVM killed with SIGKILL goes at the next create. On main before the fix every SIGKILLed fork left
 * its {@code /dev/shm/corebench-total-*} behind for good.
 */
class MappedTotalCleanupTest {
    @TempDir
    Path tmp;

    private Process holder(String mode) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), TotalHolder.class.getName(), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static Path fileOf(Process p) throws Exception {
        return Path.of(new BufferedReader(new InputStreamReader(p.getInputStream())).readLine());
    }

    @Test
    @Timeout(60)
    void aTotalLeftOpenGoesWhenItsJvmExits() throws Exception {
        Process p = holder("exit");
        Path file = fileOf(p);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(file).doesNotExist();
    }

    @Test
    @Timeout(60)
    void theTotalOfAKilledJvmGoesAtTheNextCreate() throws Exception {
        Process p = holder("wait");
        Path file = fileOf(p);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        p.destroyForcibly();
        p.waitFor();
        assertThat(file).as("SIGKILL runs no hook").exists();
        try (MappedTotal next = MappedTotal.create(ProcessHandle.current().pid() << 32 | 0x7FFF_0001L)) {
            assertThat(file).doesNotExist();
            assertThat(next.path()).exists();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
