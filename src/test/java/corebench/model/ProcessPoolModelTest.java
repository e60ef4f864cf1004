package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import corebench.worker.Frames;
import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.Fault;
import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import corebench.workload.Task;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The process pool under faults, with real child JVMs: every fault is reported, and the pool recovers. */
@ExtendWith(NoLeakedProcessesExtension.class)
class ProcessPoolModelTest {
    private static final List<Task> ECHOES = LongStream.range(0, 20).mapToObj(i -> new Task(Kernel.ECHO, i)).toList();
    private static final long[] ECHOED = LongStream.range(0, 20).toArray();

    @Test
    void aWorkerKilledMidBatchFailsTheBatchPromptlyAndIsReplaced() throws Exception {
        try (ProcessPoolModel pool = new ProcessPoolModel(2)) {
            long victim = pool.pids().get(0);
            // Dealt in rounds with chunk 1: task 0 (the long one) goes to worker 0, the echoes are done at once.
            List<Task> tasks = List.of(Fault.task(Fault.SLEEP, 600_000), new Task(Kernel.ECHO, 1),
                    new Task(Kernel.ECHO, 2), new Task(Kernel.ECHO, 3));
            long[] killedAt = new long[1];
            CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
                sleep(300);
                killedAt[0] = System.nanoTime();
                ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
            });
            assertThatThrownBy(() -> pool.run(tasks, 1)).isInstanceOf(ModelException.class)
                    .hasMessage("process-pool: worker 0 (pid " + victim + ") exited with status 137 (killed by signal 9); "
                            + "its stdout ended; it was running tasks 0..0 of the batch");
            long errorAfterMillis = (System.nanoTime() - killedAt[0]) / 1_000_000;
            killer.get();
            System.err.println("process-pool: batch failed " + errorAfterMillis + " ms after its worker's SIGKILL");

            assertThat(pool.run(ECHOES, 3)).containsExactly(ECHOED);
            assertThat(pool.pids().get(0)).as("worker 0 was replaced").isNotEqualTo(victim);
        }
    }

    @Test
    void aHungTaskIsKilledAtTheBatchTimeoutAndThePoolRecovers() {
        try (ProcessPoolModel pool = new ProcessPoolModel(1, Duration.ofMillis(500))) {
            long hung = pool.pids().get(0);
            assertThatThrownBy(() -> pool.run(List.of(new Task(Kernel.ECHO, 1), Fault.task(Fault.SLEEP, 600_000)), 1))
                    .isInstanceOf(ModelException.class)
                    .hasMessage("process-pool: worker 0 (pid " + hung + ") was killed: it gave no reply within 500 ms "
                            + "(the batch timeout, -Dcorebench.batchTimeout); it was running tasks 1..1 of the batch");
            assertThat(ProcessHandle.of(hung)).isEmpty();
            assertThat(pool.run(ECHOES, 1)).containsExactly(ECHOED);
        }
    }

    @Test
    void aThrowingTaskIsReportedAndTheWorkerKeepsServing() {
        try (ProcessPoolModel pool = new ProcessPoolModel(2)) {
            List<Long> pids = pool.pids();
            List<Task> tasks = new ArrayList<>(ECHOES);
            tasks.set(13, Fault.task(Fault.THROW, 42));
            // chunk 4: submission 3 (tasks 12..15) is the second frame dealt to worker 1
            assertThatThrownBy(() -> pool.run(tasks, 4)).isInstanceOf(ModelException.class)
                    .hasMessage("process-pool: task 13 failed in worker 1 (pid " + pids.get(1)
                            + "): java.lang.IllegalStateException: injected fault 42");
            assertThat(pool.run(ECHOES, 4)).containsExactly(ECHOED);
            assertThat(pool.pids()).isEqualTo(pids);
        }
    }

    @Test
    void latePartsOfAFailedBatchDoNotLeakIntoTheNextOne() {
        try (ProcessPoolModel pool = new ProcessPoolModel(2)) {
            // worker 0 fails at once on task 0 while worker 1 is still sleeping on task 1
            List<Task> failing = List.of(Fault.task(Fault.THROW, 1), Fault.task(Fault.SLEEP, 300), new Task(Kernel.ECHO, 2));
            assertThatThrownBy(() -> pool.run(failing, 1)).hasMessageContaining("task 0 failed");
            // worker 1's late reply (300) must not land in this batch's results
            List<Task> next = List.of(new Task(Kernel.ECHO, 7), new Task(Kernel.ECHO, 8), new Task(Kernel.ECHO, 9));
            for (int i = 0; i < 5; i++) {
                assertThat(pool.run(next, 1)).containsExactly(7, 8, 9);
            }
        }
    }

    @Test
    void strayPrintsOfAWorkerDoNotCorruptItsReplies() {
        List<Task> tasks = new ArrayList<>(MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 3, 20_000, 1000));
        tasks.add(5, Fault.task(Fault.PRINT, 77));
        try (ProcessPoolModel pool = new ProcessPoolModel(2)) {
            assertThat(pool.run(tasks, 2)).containsExactly(new SequentialModel(1).run(tasks, 1));
        }
    }

    @Test
    void aWorkerThatDiedBetweenBatchesIsReplacedBeforeTheNext() throws Exception {
        try (ProcessPoolModel pool = new ProcessPoolModel(2)) {
            long victim = pool.pids().get(1);
            ProcessHandle worker = ProcessHandle.of(victim).orElseThrow();
            worker.destroyForcibly();
            worker.onExit().get(10, TimeUnit.SECONDS);
            assertThat(pool.run(ECHOES, 1)).containsExactly(ECHOED);
            assertThat(pool.pids().get(1)).isNotEqualTo(victim);
        }
    }

    @Test
    void aSubmissionTooLargeForOneFrameIsRefusedClearly() {
        List<Task> huge = List.of(new Task(Kernel.ECHO, new long[Frames.MAX_FRAME_BYTES / 8]));
        try (ProcessPoolModel pool = new ProcessPoolModel(1)) {
            assertThatThrownBy(() -> pool.run(huge, 1)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("more than the frame limit").hasMessageContaining("use a smaller chunk size");
            assertThat(pool.run(ECHOES, 5)).containsExactly(ECHOED);
        }
    }

    @Test
    void closeEndsEveryWorkerAndCanBeRepeated() {
        ProcessPoolModel pool = new ProcessPoolModel(3);
        List<Long> pids = pool.pids();
        ProcessHandle.of(pids.get(2)).ifPresent(ProcessHandle::destroyForcibly);
        pool.close();
        pool.close();
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
        assertThatThrownBy(() -> pool.run(ECHOES, 1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void workersTalkOverPipesAndOpenNoSocket() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
        try (ProcessPoolModel pool = new ProcessPoolModel(2)) {
            assertThat(pool.run(ECHOES, 1)).containsExactly(ECHOED);
            for (long pid : pool.pids()) {
                List<String> fds = new ArrayList<>();
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
                    for (Path fd : dir) {
                        fds.add(Files.readSymbolicLink(fd).toString());
                    }
                }
                assertThat(fds).as("open files of worker pid " + pid).noneMatch(f -> f.startsWith("socket:"));
                assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "fd", "0")).toString()).startsWith("pipe:");
                assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "fd", "1")).toString()).startsWith("pipe:");
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
