package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.workload.Kernel;
import corebench.workload.Task;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The parent side against real children that break the protocol: a clear error each time, nothing left running. */
@ExtendWith(NoLeakedProcessesExtension.class)
class WorkerConnectionTest {
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @Test
    void talksToARealWorker() throws IOException {
        try (WorkerConnection c = WorkerConnection.start()) {
            c.awaitHandshake(GENEROUS);
            c.send(1, List.of(new Task(Kernel.ECHO, 3)));
            c.send(2, List.of(new Task(Kernel.ECHO, 4), new Task(Kernel.ECHO, 5)));
            c.flush();
            assertThat(((Frame.Results) c.receive()).values()).containsExactly(3);
            assertThat(((Frame.Results) c.receive()).values()).containsExactly(4, 5);
        }
    }

    @Test
    void garbageInsteadOfAHandshake() {
        assertHandshakeFails("garbage", "does not speak corebench's worker protocol: expected magic 0x4342574B, got 0x48656C6C");
    }

    @Test
    void anotherProtocolVersion() {
        assertHandshakeFails("version", "protocol version mismatch: this side speaks version 1, child pid");
    }

    @Test
    void aChildThatExitsBeforeItsHandshake() {
        assertHandshakeFails("exit", "exited with status 7; child pid");
    }

    @Test
    void anOversizedFrame() throws IOException {
        try (WorkerConnection c = started("oversized")) {
            assertThatThrownBy(c::receive).isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("sent bad data: bad frame: length 2147483647 (0x7FFFFFFF) is outside 1..");
        }
    }

    @Test
    void aTruncatedFrame() throws IOException {
        try (WorkerConnection c = started("truncated")) {
            assertThatThrownBy(c::receive).isInstanceOf(IOException.class)
                    .hasMessageContaining("exited with status 0; truncated frame: stream ended after 10 of 100 bytes");
        }
    }

    @Test
    void aChildThatNeverRepliesIsKilledAtItsDeadline() throws IOException {
        try (WorkerConnection c = started("silent")) {
            c.send(1, List.of(new Task(Kernel.ECHO, 1)));
            c.flush();
            c.expectReplyWithin(Duration.ofMillis(300));
            assertThatThrownBy(c::receive).isInstanceOf(IOException.class)
                    .hasMessage("was killed: it gave no reply within 300 ms (the batch timeout, -Dcorebench.batchTimeout)");
            assertThat(c.isAlive()).isFalse();
        }
    }

    @Test
    void aWriteBlockedOnAChildThatDoesNotReadEndsAtTheDeadline() throws IOException {
        try (WorkerConnection c = started("silent")) {
            c.expectReplyWithin(Duration.ofMillis(300));
            // far more than the pipe holds, and the child reads nothing
            List<Task> tasks = Collections.nCopies(20, new Task(Kernel.ECHO, new long[10_000]));
            assertThatThrownBy(() -> {
                c.send(1, tasks);
                c.flush();
            }).isInstanceOf(IOException.class).hasMessageStartingWith("was killed: it gave no reply within 300 ms");
        }
    }

    @Test
    void closeIsIdempotentAndEndsTheChild() throws IOException {
        WorkerConnection c = started("silent");
        c.close();
        c.close();
        assertThat(c.isAlive()).isFalse();
    }

    private static WorkerConnection started(String mode) throws IOException {
        WorkerConnection c = WorkerConnection.start(MisbehavingChild.class, Redirect.INHERIT, mode);
        try {
            c.awaitHandshake(GENEROUS);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static void assertHandshakeFails(String mode, String message) {
        try (WorkerConnection c = WorkerConnection.start(MisbehavingChild.class, Redirect.INHERIT, mode)) {
            assertThatThrownBy(() -> c.awaitHandshake(GENEROUS)).isInstanceOf(IOException.class).hasMessageContaining(message);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
