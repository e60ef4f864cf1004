package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import org.junit.jupiter.api.Test;

/** The seeds' JoinableQueue semantics on a JDK queue: join waits for every done, stops are not tasks. */
class JoinableQueueTest {

    @Test
    void joinReturnsOnlyAfterTheLastTaskIsDone() throws Exception {
        JoinableQueue q = new JoinableQueue(new LinkedBlockingQueue<>());
        q.put(0);
        q.put(1);
        assertThat(q.get()).isZero();
        q.taskDone();
        assertThat(q.join(Duration.ofMillis(50))).as("one task still out").isFalse();
        assertThat(q.get()).isEqualTo(1);
        assertThat(q.join(Duration.ofMillis(50))).as("taken but not done").isFalse();
        Thread slow = Thread.ofPlatform().start(() -> {
            sleep(200);
            q.taskDone();
        });
        long t0 = System.nanoTime();
        assertThat(q.join(Duration.ofSeconds(30))).isTrue();
        assertThat(System.nanoTime() - t0).as("join waited for the slow task").isGreaterThan(Duration.ofMillis(150).toNanos());
        assertThat(q.unfinished()).isZero();
        slow.join();
    }

    @Test
    void aTaskDoneTwiceFailsLoudly() throws Exception {
        JoinableQueue q = new JoinableQueue(new LinkedBlockingQueue<>());
        q.put(7);
        q.get();
        q.taskDone();
        assertThatThrownBy(q::taskDone).hasMessageContaining("more often than tasks were put");
    }

    @Test
    void stopsReachEveryConsumerAndAreNotCountedAsTasks() throws Exception {
        JoinableQueue q = new JoinableQueue(new SynchronousQueue<>());
        int[] stopped = new int[1];
        Thread[] consumers = new Thread[3];
        for (int i = 0; i < consumers.length; i++) {
            consumers[i] = Thread.ofPlatform().start(() -> {
                try {
                    if (q.get() == JoinableQueue.STOP) {
                        synchronized (stopped) {
                            stopped[0]++;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        q.stop(consumers.length);
        for (Thread c : consumers) {
            c.join();
        }
        assertThat(stopped[0]).isEqualTo(3);
        assertThat(q.join(Duration.ZERO)).isTrue();
        assertThatThrownBy(() -> q.put(-5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
