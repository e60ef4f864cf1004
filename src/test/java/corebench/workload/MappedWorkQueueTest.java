package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared-memory ring in one JVM: order, a full ring, the task table, done flags and duplicates, the file's life. */
class MappedWorkQueueTest {

    @Test
    void aBoundedRingIsFifoRefusesPutsWhenFullAndWrapsAround() {
        try (MappedWorkQueue q = MappedWorkQueue.create(3, 10, 1)) {
            assertThat(q.tryGet()).isEqualTo(MappedWorkQueue.EMPTY);
            for (int round = 0; round < 4; round++) { // wraps the 3 slots several times
                assertThat(q.tryPut(1)).isTrue();
                assertThat(q.tryPut(2)).isTrue();
                assertThat(q.tryPut(3)).isTrue();
                assertThat(q.tryPut(4)).as("full").isFalse();
                assertThat(q.tryGet()).isEqualTo(1);
                assertThat(q.tryPut(4)).isTrue();
                assertThat(List.of(q.tryGet(), q.tryGet(), q.tryGet())).containsExactly(2L, 3L, 4L);
                assertThat(q.tryGet()).isEqualTo(MappedWorkQueue.EMPTY);
            }
        }
    }

    @Test
    void aRingOfOneSlotTellsFullFromFree() {
        try (MappedWorkQueue q = MappedWorkQueue.create(1, 10, 1)) {
            for (long v = 1; v <= 5; v++) {
                assertThat(q.tryPut(v)).isTrue();
                assertThat(q.tryPut(v + 100)).as("full").isFalse();
                assertThat(q.tryGet()).isEqualTo(v);
                assertThat(q.tryGet()).isEqualTo(MappedWorkQueue.EMPTY);
            }
        }
    }

    @Test
    void anUnboundedRingHoldsAWholeBatch() {
        try (MappedWorkQueue q = MappedWorkQueue.create(WorkQueue.UNBOUNDED, 100, 2)) {
            assertThat(q.capacity()).isEqualTo(100);
            for (int i = 0; i < 100; i++) {
                assertThat(q.tryPut(i)).isTrue();
            }
        }
    }

    @Test
    void consumersRunTheTableTaskAndEveryDoneIsCountedOnce() {
        List<Task> tasks = WorkQueue.tasks(5, 4, 1000);
        try (MappedWorkQueue q = MappedWorkQueue.create(2, 4, 2)) {
            q.load(tasks);
            q.tryPut(2);
            long t = q.tryGet();
            long hits = q.run(1, t);
            assertThat(q.inHand(1)).isEqualTo(2);
            assertThat(hits).isEqualTo(tasks.get(2).run());
            q.taskDone(1, t, hits);
            assertThat(q.inHand(1)).isEqualTo(-1);
            assertThat(q.isDone(2)).isTrue();
            assertThat(q.result(2)).isEqualTo(hits);
            assertThat(q.done()).isEqualTo(1);
            assertThat(q.duplicates()).isZero();
            q.taskDone(0, t, hits); // the same task again
            assertThat(q.duplicates()).isEqualTo(1);
            q.load(tasks); // the next batch starts clean
            assertThat(q.done()).isZero();
            assertThat(q.duplicates()).isZero();
            assertThat(q.isDone(2)).isFalse();
            assertThatThrownBy(() -> q.run(2, 0)).hasMessageContaining("consumer 2 of a queue made for 2");
            assertThatThrownBy(() -> q.run(0, 4)).hasMessageContaining("outside the queue's table");
        }
    }

    @Test
    void anotherMappingSeesTheSameQueueAndTheFileGoesWithTheCreator() {
        MappedWorkQueue q = MappedWorkQueue.create(4, 4, 1);
        try (MappedWorkQueue other = MappedWorkQueue.open(q.path())) {
            q.tryPut(3);
            assertThat(other.tryGet()).isEqualTo(3);
            other.consumerReady();
            assertThat(q.ready()).isEqualTo(1);
        }
        assertThat(SharedFilesOfThisJvm.left("queue")).containsExactly(q.path());
        q.close();
        assertThat(SharedFilesOfThisJvm.left("queue")).isEmpty();
        assertThatThrownBy(() -> MappedWorkQueue.open(q.path())).hasMessageContaining("does not exist");
    }
}
