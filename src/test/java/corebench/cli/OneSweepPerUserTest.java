package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.sweep.SweepLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22.11: "one sweep at a time" holds whatever the JVMs' {@code java.io.tmpdir}. On main the lock lived in
 * the temp dir, so a second sweep with another {@code -Djava.io.tmpdir} ran beside the first and each measured
 * the other.
 */
class OneSweepPerUserTest {
    @TempDir
    Path tmp;

    @Test
    void aSweepWithAnotherTempDirIsRefusedWhileOneRuns() throws Exception {
        Path first = Files.createDirectory(tmp.resolve("first-tmp"));
        Path second = Files.createDirectory(tmp.resolve("second-tmp"));
        Path out = tmp.resolve("results");
        try (SweepLock running = SweepLock.acquire(first, "the first sweep")) {
            Process p = CorebenchProcess.runToEnd(List.of(), tmp.resolve("second.log"), second, 5, "sweep", "--workloads",
                    "montecarlo", "--models", "sequential", "--cores", "1", "--warmup-iterations", "0", "--iterations", "1",
                    "--time", "50", "--out", out.toString());
            assertThat(p.exitValue()).isNotZero();
        }
        assertThat(Files.readString(tmp.resolve("second.log")))
                .contains("another corebench sweep is running", "the first sweep").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
