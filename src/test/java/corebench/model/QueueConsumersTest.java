package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.Kernel;
import corebench.workload.Reference;
import corebench.workload.SharedFilesOfThisJvm;
import corebench.workload.Task;
import corebench.workload.WorkQueue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every consumer model of the queue workload against the sequential reference, join against slow last
 * tasks, and a consumer JVM killed mid-queue; no consumer process and no queue file outlives close.
 */
@ExtendWith(NoLeakedProcessesExtension.class)
class QueueConsumersTest {
    private static final List<Task> TASKS = WorkQueue.tasks(20261201, 300, 2000);
    private static final long[] EXPECTED = Reference.of(TASKS);

    @Test
    void everyThreadModelOnEveryJdkQueueReturnsTheSequentialResults() {
        for (String model : List.of("platform-pool", "virtual", "forkjoin")) {
            for (WorkQueue.Kind queue : WorkQueue.Kind.values()) {
                for (int capacity : new int[] {WorkQueue.UNBOUNDED, 1, 16}) {
                    if (QueueConsumers.whyNot(Models.byId(model), queue.id(), capacity).isPresent()) {
                        continue;
                    }
                    try (QueueConsumers c = QueueConsumers.start(model, 3, queue.id(), capacity, TASKS.size())) {
                        String who = model + " on " + queue.id() + " capacity " + capacity;
                        Reference.check(c.run(TASKS), EXPECTED, who);
                        Reference.check(c.run(TASKS), EXPECTED, who + ", second batch");
                    }
                }
            }
        }
    }

    @Test
    void consumerJvmsOnTheSharedRingReturnTheSequentialResultsBoundedAndNot() {
        for (int capacity : new int[] {1, 8, WorkQueue.UNBOUNDED}) {
            try (QueueConsumers c = QueueConsumers.start("process-pool", 2, WorkQueue.OWN_QUEUE, capacity, TASKS.size())) {
                Reference.check(c.run(TASKS), EXPECTED, "process-pool capacity " + capacity);
                Reference.check(c.run(TASKS.subList(0, 17)), Arrays.copyOf(EXPECTED, 17), "a shorter second batch");
                Reference.check(c.run(TASKS), EXPECTED, "third batch");
            }
        }
        assertThat(SharedFilesOfThisJvm.left("queue")).isEmpty();
    }

    @Test
    void clusterConsumersOnAnIQueueReturnTheSequentialResults() {
        try (QueueConsumers c = QueueConsumers.start("cluster", 2, WorkQueue.OWN_QUEUE, WorkQueue.UNBOUNDED, TASKS.size())) {
            Reference.check(c.run(TASKS), EXPECTED, "cluster");
            Reference.check(c.run(TASKS.subList(0, 5)), Arrays.copyOf(EXPECTED, 5), "cluster, second batch");
        }
    }

    @Test
    void joinReturnsOnlyAfterTheSlowLastTasksAreDone() {
        // 40 quick tasks, then 3 of 4 M samples (~10 ms each): a join that returned early would leave them 0.
        List<Task> tasks = new ArrayList<>(WorkQueue.tasks(3, 40, 1000));
        for (int i = 0; i < 3; i++) {
            tasks.add(new Task(Kernel.MONTE_CARLO_SCALAR, 3, 40 + i, 4_000_000));
        }
        long[] expected = Reference.of(tasks);
        for (String model : List.of("platform-pool", "virtual", "forkjoin", "process-pool")) {
            String queue = model.equals("process-pool") ? WorkQueue.OWN_QUEUE : "linked";
            try (QueueConsumers c = QueueConsumers.start(model, 2, queue, 4, tasks.size())) {
                Reference.check(c.run(tasks), expected, model + " with slow last tasks");
            }
        }
    }

    @Test
    void aConsumerJvmKilledMidQueueFailsTheBatchLoudlyAndNoTaskIsDoneTwice() throws Exception {
        // 1000 tasks of 400 k samples (~1 ms each) on 2 consumers: ~0.5 s of work; killed once 10 are done.
        List<Task> tasks = WorkQueue.tasks(11, 1000, 400_000);
        try (ProcessQueueConsumers c = (ProcessQueueConsumers) QueueConsumers.start("process-pool", 2, WorkQueue.OWN_QUEUE, 4, tasks.size())) {
            long victim = c.pids().get(1);
            long[] doneAtKill = {-1};
            Thread killer = Thread.ofPlatform().start(() -> {
                while (c.doneCount() < 10) {
                    sleep(1);
                }
                doneAtKill[0] = c.doneCount();
                ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
            });
            assertThatThrownBy(() -> c.run(tasks)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("consumer 1 (pid " + victim + ") exited")
                    .hasMessageContaining("tasks are not re-queued");
            killer.join();
            assertThat(doneAtKill[0]).as("tasks done when the consumer was killed").isBetween(10L, 999L);
            assertThat(c.duplicates()).as("tasks done twice").isZero();
            assertThat(c.doneCount()).as("tasks marked done before the failure").isLessThan(tasks.size());
            assertThatThrownBy(() -> c.run(tasks)).isInstanceOf(IllegalStateException.class).hasMessageContaining("unusable");
        }
        assertThat(SharedFilesOfThisJvm.left("queue")).isEmpty();
    }

    @Test
    void aTaskThatThrowsInAConsumerThreadFailsTheBatchButJoinStillReturns() {
        List<Task> tasks = List.of(new Task(Kernel.ECHO, 1), new Task(Kernel.FAULT, 1, 0), new Task(Kernel.ECHO, 3));
        try (QueueConsumers c = QueueConsumers.start("platform-pool", 2, "linked", WorkQueue.UNBOUNDED, 3)) {
            assertThatThrownBy(() -> c.run(tasks)).isInstanceOf(ModelException.class).hasMessageContaining("task 1 failed");
            assertThat(c.run(List.of(new Task(Kernel.ECHO, 9)))).containsExactly(9);
        }
    }

    @Test
    void modelsThatCannotRunAQueueAreRefusedWithTheReason() {
        assertThatThrownBy(() -> QueueConsumers.start("sequential", 1, "linked", 0, 10)).hasMessageStartingWith("not run: no long-lived consumers");
        assertThatThrownBy(() -> QueueConsumers.start("process-pool", 1, "linked", 0, 10)).hasMessageContaining("ring in shared memory");
        assertThatThrownBy(() -> QueueConsumers.start("virtual", 1, "synchronous", 0, 10)).hasMessageContaining("always bounded");
        assertThatThrownBy(() -> QueueConsumers.start("forkjoin", 1, "transfer", 8, 10)).hasMessageContaining("unbounded only");
        assertThatThrownBy(() -> QueueConsumers.start("cluster", 1, "own", 8, 10)).hasMessageContaining("unbounded here");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
