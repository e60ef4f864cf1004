package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

/** Ping-pong between threads: every mechanism on platform and virtual threads counts its round trips exactly. */
class PingPongTest {

    @Test
    void everyThreadMechanismMakesExactlyTheRoundTripsAsked() throws Exception {
        for (ThreadFactory threads : new ThreadFactory[] {Thread.ofPlatform().factory(), Thread.ofVirtual().factory()}) {
            for (PingPong.Mechanism m : new PingPong.Mechanism[] {PingPong.Mechanism.SYNCHRONOUS_QUEUE,
                    PingPong.Mechanism.EXCHANGER, PingPong.Mechanism.PARK}) {
                assertThat(PingPong.betweenThreads(m, threads, 1)).as(m.id()).isEqualTo(1);
                assertThat(PingPong.betweenThreads(m, threads, 3001)).as(m.id()).isEqualTo(3001);
            }
        }
    }

    @Test
    void aWrongPongFailsTheRoundTrip() {
        assertThatThrownBy(() -> PingPong.check(5, 4)).hasMessageContaining("ping 5 was answered with 4");
    }

    @Test
    void sharedMemoryEchoAnswersEveryPingInOrder() throws Exception {
        try (SharedLongs file = SharedLongs.create("pingpong", PingPong.SHARED_LONGS)) {
            Thread echo = Thread.ofPlatform().start(() -> PingPong.sharedMemoryEcho(file));
            long next = PingPong.sharedMemoryPing(file, 1, 500, () -> { });
            assertThat(next).isEqualTo(501);
            assertThat(PingPong.sharedMemoryPing(file, next, 250, () -> { })).isEqualTo(751);
            assertThat(PingPong.sharedMemoryEchoReady(file)).isTrue();
            PingPong.sharedMemoryStop(file);
            echo.join(10_000);
            assertThat(echo.isAlive()).isFalse();
        }
        assertThat(SharedFilesOfThisJvm.left("pingpong")).isEmpty();
    }
}
