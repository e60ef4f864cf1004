package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

    /**
     * A fork that exits while its worker keeps writing records (as a worker ending with it does) leaves no folder
     * behind: its shutdown hook empties and removes the folder until it is gone, and the worker, which only writes
     * into an existing folder, cannot bring it back. Three forks, as the race is a matter of timing.
     */
    @Test
    @ExtendWith(NoLeakedProcessesExtension.class)
    void aForkThatExitsWhileItsWorkerWritesLeavesNoFolder() throws Exception {
        for (int fork = 0; fork < 3; fork++) {
            Process parent = ChildJvm.start(List.of("-Djava.io.tmpdir=" + dir), ExitingFork.class, Redirect.INHERIT);
            long writer = Long.parseLong(parent.inputReader().readLine().strip());
            assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(parent.exitValue()).isZero();
            ProcessHandle.of(writer).ifPresent(w -> w.onExit().orTimeout(60, TimeUnit.SECONDS).join());
            try (var left = Files.list(dir)) {
                assertThat(left).as("left in the temp dir").isEmpty();
            }
        }
    }

    /** A partial record (a worker was writing when its parent ended) goes too, and a folder with anything else stays. */
    @Test
    void removesRecordsWholeAndPartialButNothingElse() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("corebench-exits-1"));
        Files.writeString(folder.resolve("123"), "1 OTHER 0 0 0 0");
        Files.writeString(folder.resolve("124.partial"), "1 OT");
        ExitRecords.remove(folder);
        assertThat(folder).doesNotExist();

        Path foreign = Files.createDirectory(dir.resolve("corebench-exits-2"));
        Files.writeString(foreign.resolve("notes.txt"), "not corebench's");
        Files.writeString(foreign.resolve("125"), "1 OTHER 0 0 0 0");
        ExitRecords.remove(foreign);
        assertThat(foreign.resolve("notes.txt")).exists();
        assertThat(foreign.resolve("125")).doesNotExist();
    }

    /** Folders of JVMs that ended without removing theirs (killed) go when another opens; a live JVM's stays. */
    @Test
    void removesTheFoldersOfJvmsNoLongerRunning() throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
        assertThat(ended.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path stale = Files.createDirectory(dir.resolve("corebench-exits-" + ended.pid()));
        Files.writeString(stale.resolve("123"), "1 OTHER 0 0 0 0");
        Path live = Files.createDirectory(dir.resolve("corebench-exits-" + ProcessHandle.current().pid()));
        Path other = Files.createDirectory(dir.resolve("corebench-exits-of-someone"));
        ExitRecords.removeStale(dir);
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
    }

    /** Opens its folder, starts a worker that writes records until this JVM is gone, prints its pid and exits. */
    public static final class ExitingFork {
        public static void main(String[] args) throws Exception {
            Path folder = ExitRecords.open();
            Process writer = ChildJvm.start(RecordWriter.class, Redirect.INHERIT);
            while (!Files.exists(folder.resolve(Long.toString(writer.pid())))) {
                Thread.sleep(5);
            }
            System.out.println(writer.pid());
            System.out.flush();
            System.exit(0);
        }
    }

    /**
     * Writes its exit record once, then the record's file steps ({@link ExitRecords#write}: a partial record moved
     * into place, into the folder only) again and again, as fast as it can, while its parent runs.
     */
    public static final class RecordWriter {
        public static void main(String[] args) {
            ProcessHandle parent = ProcessHandle.of(Long.getLong(ParentWatch.PARENT_PID_PROPERTY)).orElseThrow();
            ExitRecords.write();
            Path folder = Path.of(System.getProperty(ExitRecords.PROPERTY));
            long pid = ProcessHandle.current().pid();
            while (parent.isAlive()) {
                try {
                    Path partial = Files.writeString(folder.resolve(pid + ".partial"), "1 OTHER 0 0 0 0");
                    Files.move(partial, folder.resolve(Long.toString(pid)), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    // the folder is gone
                }
            }
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
