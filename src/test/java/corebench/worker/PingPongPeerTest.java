package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.workload.PingPong;
import corebench.workload.SharedFilesOfThisJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ping-pong with a real child JVM over a pipe and through shared memory: exact counts, a dead child, nothing left. */
@ExtendWith(NoLeakedProcessesExtension.class)
class PingPongPeerTest {

    @Test
    void bothMechanismsCountEveryRoundTripAcrossOperations() throws Exception {
        for (PingPong.Mechanism m : new PingPong.Mechanism[] {PingPong.Mechanism.PIPE, PingPong.Mechanism.SHARED_MEMORY}) {
            try (PingPongPeer peer = PingPongPeer.start(m)) {
                assertThat(peer.roundTrips(1000)).as(m.id()).isEqualTo(1000);
                assertThat(peer.roundTrips(7)).as(m.id() + ": the child's count goes on from the last operation").isEqualTo(7);
            }
        }
        assertThat(SharedFilesOfThisJvm.left("pingpong")).isEmpty();
    }

    @Test
    void aChildThatDiesFailsTheRoundTripsInsteadOfHanging() throws Exception {
        for (PingPong.Mechanism m : new PingPong.Mechanism[] {PingPong.Mechanism.PIPE, PingPong.Mechanism.SHARED_MEMORY}) {
            try (PingPongPeer peer = PingPongPeer.start(m)) {
                ProcessHandle child = ProcessHandle.of(peer.pid()).orElseThrow();
                child.destroyForcibly();
                child.onExit().get();
                assertThatThrownBy(() -> peer.roundTrips(1000)).as(m.id()).hasMessageContaining("pid " + peer.pid());
            }
        }
        assertThat(SharedFilesOfThisJvm.left("pingpong")).isEmpty();
    }

    @Test
    void threadMechanismsAreNotBetweenJvms() {
        assertThatThrownBy(() -> PingPongPeer.start(PingPong.Mechanism.PARK)).hasMessageContaining("not between JVMs");
    }
}
