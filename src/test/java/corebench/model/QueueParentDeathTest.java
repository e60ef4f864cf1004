package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.worker.ChildJvm;
import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.SharedLongs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queue's consumer JVMs and the ping-pong child when their parent is killed with SIGKILL: they exit by
 * themselves within 2 s, and the parent's shared-memory files, which no hook could delete, go at the next
 * create on the machine.
 */
@ExtendWith(NoLeakedProcessesExtension.class)
@EnabledOnOs(OS.LINUX)
class QueueParentDeathTest {

    @Test
    void consumersAndPeerExitAndTheFilesAreCleanedUp() throws Exception {
        Process parent = ChildJvm.start(OrphanedQueueMain.class, Redirect.INHERIT);
        List<Long> children = List.of();
        try {
            String line = new BufferedReader(new InputStreamReader(parent.getInputStream())).readLine();
            assertThat(line).startsWith("pids ").contains(" files ");
            children = Arrays.stream(line.substring(5, line.indexOf(" files ")).split(" ")).map(Long::valueOf).toList();
            List<Path> files = Arrays.stream(line.substring(line.indexOf(" files ") + 7).split(" ")).map(f -> Path.of("/dev/shm", f)).toList();
            assertThat(children).hasSize(3).allSatisfy(pid -> assertThat(ParentDeathTest.alive(pid)).isTrue());
            assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f).exists());

            parent.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
            long killed = System.nanoTime();
            while (children.stream().anyMatch(ParentDeathTest::alive) && System.nanoTime() - killed < 10_000_000_000L) {
                Thread.sleep(5);
            }
            long exitMillis = (System.nanoTime() - killed) / 1_000_000;
            System.err.println("queue consumers and ping-pong child gone " + exitMillis + " ms after their parent's SIGKILL");
            assertThat(children).noneMatch(ParentDeathTest::alive);
            assertThat(exitMillis).as("ms until every child exited").isLessThanOrEqualTo(2000);

            assertThat(files).as("left by the killed parent").allSatisfy(f -> assertThat(f).exists());
            SharedLongs.create("queue", 1).close();
            SharedLongs.create("pingpong", 1).close();
            assertThat(files).as("removed by the next create").noneMatch(Files::exists);
        } finally {
            parent.destroyForcibly();
            children.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }
}
