package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitRecordsTest {
    @TempDir
    Path dir;

    /** What a worker writes on its way out is what its parent takes: its threads and safepoints, then gone. */
    @Test
    void aParentTakesWhatAnExitingWorkerWrote() throws Exception {
        long pid = ProcessHandle.current().pid();
        assumeTrue(!JvmThreads.of(pid).isEmpty(), "needs Linux /proc");
        writeAsAWorkerOf(dir);
        ExitRecords.Exits exits = ExitRecords.take(dir);
        assertThat(exits.threads()).isNotEmpty().allSatisfy((id, c) -> assertThat(id).startsWith(pid + "/"));
        assertThat(exits.threads().values()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(JvmThreads.Kind.JIT));
        if (HotSpotPerfData.pauses(pid) != null) {
            JvmPauses pauses = exits.pauses().get(pid);
            assertThat(pauses.safepointMs()).isGreaterThanOrEqualTo(0);
            assertThat(pauses.safepoints()).isGreaterThanOrEqualTo(0);
            assertThat(pauses.jitMs()).isPositive();
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
        assertThat(ExitRecords.take(dir).threads()).isEmpty();
    }

    /** A worker whose parent made no folder writes nothing anywhere. */
    @Test
    void aWorkerWithoutItsParentsFolderWritesNothing() throws Exception {
        writeAsAWorkerOf(dir.resolve("absent"));
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    /** {@link ExitRecords#write} in this JVM, as a worker whose parent's folder is {@code folder}. */
    private static void writeAsAWorkerOf(Path folder) {
        String before = System.getProperty(ExitRecords.PROPERTY);
        System.setProperty(ExitRecords.PROPERTY, folder.toString());
        try {
            ExitRecords.write();
        } finally {
            if (before == null) {
                System.clearProperty(ExitRecords.PROPERTY);
            } else {
                System.setProperty(ExitRecords.PROPERTY, before);
            }
        }
    }
}
