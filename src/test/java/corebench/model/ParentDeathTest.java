package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.worker.ChildJvm;
import corebench.worker.NoLeakedProcessesExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A process pool's parent killed with SIGKILL: its workers exit by themselves within 2 s (issue 6). */
@ExtendWith(NoLeakedProcessesExtension.class)
class ParentDeathTest {

    @Test
    void workersExitWithinTwoSecondsOfTheirParentsSigkill() throws Exception {
        Process parent = ChildJvm.start(OrphanedPoolMain.class, Redirect.INHERIT, "2");
        List<Long> workers = List.of();
        try {
            String line = new BufferedReader(new InputStreamReader(parent.getInputStream())).readLine();
            assertThat(line).startsWith("pids ");
            workers = Arrays.stream(line.substring(5).split(" ")).map(Long::valueOf).toList();
            assertThat(workers).hasSize(2).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());

            parent.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
            long killed = System.nanoTime();
            while (workers.stream().anyMatch(ParentDeathTest::alive) && System.nanoTime() - killed < 10_000_000_000L) {
                Thread.sleep(5);
            }
            long exitMillis = (System.nanoTime() - killed) / 1_000_000;
            System.err.println("process-pool: workers gone " + exitMillis + " ms after their parent's SIGKILL");
            assertThat(workers).noneMatch(ParentDeathTest::alive);
            assertThat(exitMillis).as("ms until every worker exited").isLessThanOrEqualTo(2000);
        } finally {
            parent.destroyForcibly();
            // orphans are no longer our descendants: the leak check cannot see them, so kill them here
            workers.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    /**
     * Whether the process still runs. An orphan that exited stays a zombie until whoever inherited it reaps
     * it (a container's init may take a second or two), and ProcessHandle counts zombies as alive; on Linux
     * the state letter in /proc tells the two apart.
     */
    static boolean alive(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false; // gone altogether
        }
    }
}
