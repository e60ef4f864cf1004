package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.Fault;
import corebench.workload.Kernel;
import corebench.workload.Task;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh child JVM per submission, with real child JVMs: bounded concurrency, and faults reported. */
@ExtendWith(NoLeakedProcessesExtension.class)
class ProcessPerTaskModelTest {

    @Test
    void neverRunsMoreChildrenThanWorkers() {
        List<Task> tasks = Collections.nCopies(6, Fault.task(Fault.SLEEP, 200));
        AtomicLong most = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> sampler = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                most.accumulateAndGet(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(), Math::max);
                Thread.onSpinWait();
            }
        });
        try (ProcessPerTaskModel model = new ProcessPerTaskModel(2)) {
            assertThat(model.run(tasks, 1)).containsOnly(200);
        } finally {
            running.set(false);
            sampler.join();
        }
        assertThat(most.get()).isBetween(1L, 2L);
    }

    @Test
    void aThrowingTaskIsReportedWithItsIndexAndMessage() {
        List<Task> tasks = List.of(new Task(Kernel.ECHO, 1), new Task(Kernel.ECHO, 2), Fault.task(Fault.THROW, 5));
        try (ProcessPerTaskModel model = new ProcessPerTaskModel(1)) {
            assertThatThrownBy(() -> model.run(tasks, 2)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("task 2 failed in child pid ")
                    .hasMessageContaining(": java.lang.IllegalStateException: injected fault 5");
            assertThat(model.run(tasks.subList(0, 2), 2)).containsExactly(1, 2);
        }
    }

    @Test
    void aHungChildIsKilledAtTheBatchTimeout() {
        try (ProcessPerTaskModel model = new ProcessPerTaskModel(1, Duration.ofSeconds(3))) {
            assertThatThrownBy(() -> model.run(List.of(Fault.task(Fault.SLEEP, 600_000)), 1)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("was killed: it gave no reply within 3000 ms")
                    .hasMessageContaining("it was running tasks 0..0");
        }
    }

    @Test
    void aChildKilledMidTaskIsReported() {
        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
            // kill the child once it is there (it sleeps for ten minutes)
            while (ProcessHandle.current().children().noneMatch(ProcessHandle::destroyForcibly)) {
                ProcessPoolModelTest.sleep(50);
            }
        });
        try (ProcessPerTaskModel model = new ProcessPerTaskModel(1)) {
            assertThatThrownBy(() -> model.run(List.of(Fault.task(Fault.SLEEP, 600_000)), 1)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("exited with status 137 (killed by signal 9)");
        }
        killer.join();
    }
}
