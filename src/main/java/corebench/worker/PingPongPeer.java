package corebench.worker;

import corebench.workload.Backoff;
import corebench.workload.PingPong;
import corebench.workload.SharedLongs;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * This JVM's side of ping-pong with a child JVM ({@link PingPongPeerMain}): over the child's stdin and
 * stdout pipes, one 8-byte write and flush per ping and one 8-byte read per pong (the seeds'
 * {@code Pipe}, a system call each way), or through shared memory (two words, no system call while both
 * sides spin). The child is started, and answers its first ping, before the first measured round trip.
 */
public final class PingPongPeer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(1);

    private final Process child;
    private final SharedLongs shared;
    private final DataOutputStream out;
    private final DataInputStream in;
    private long next = 1;

    private PingPongPeer(Process child, SharedLongs shared) {
        this.child = child;
        this.shared = shared;
        this.out = new DataOutputStream(new BufferedOutputStream(child.getOutputStream()));
        this.in = new DataInputStream(new BufferedInputStream(child.getInputStream()));
    }

    /** Starts the child JVM for {@code mechanism} (pipe or shared-memory) and makes one round trip with it. */
    public static PingPongPeer start(PingPong.Mechanism mechanism) throws IOException {
        SharedLongs shared = null;
        Process child;
        switch (mechanism) {
            case PIPE -> child = ChildJvm.start(PingPongPeerMain.class, Redirect.INHERIT, mechanism.id());
            case SHARED_MEMORY -> {
                shared = SharedLongs.create("pingpong", PingPong.SHARED_LONGS);
                try {
                    child = ChildJvm.start(PingPongPeerMain.class, Redirect.INHERIT, mechanism.id(), shared.path().toString());
                } catch (IOException | RuntimeException e) {
                    shared.close();
                    throw e;
                }
            }
            default -> throw new IllegalArgumentException(mechanism.id() + " is not between JVMs");
        }
        PingPongPeer peer = new PingPongPeer(child, shared);
        try {
            peer.awaitStart();
            peer.roundTrips(1);
        } catch (RuntimeException e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    private void awaitStart() {
        if (shared == null) {
            return; // a pipe buffers the first ping until the child reads it
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Backoff wait = new Backoff();
        while (!PingPong.sharedMemoryEchoReady(shared)) {
            if (wait.idle()) {
                checkAlive();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the ping-pong child did not start within " + START_TIMEOUT.toSeconds() + " s");
                }
            }
        }
    }

    /** The child's process id. */
    public long pid() {
        return child.pid();
    }

    /** {@code rounds} round trips, each reply checked against its ping; returns the round trips made. */
    public long roundTrips(int rounds) {
        if (shared != null) {
            long first = next;
            next = PingPong.sharedMemoryPing(shared, first, rounds, this::checkAlive);
            return next - first;
        }
        try {
            for (int i = 0; i < rounds; i++) {
                out.writeLong(next);
                out.flush();
                PingPong.check(next, in.readLong());
                next++;
            }
            return rounds;
        } catch (IOException e) {
            throw new UncheckedIOException("ping-pong over the pipe to pid " + child.pid() + " failed: " + e.getMessage(), e);
        }
    }

    private void checkAlive() {
        if (!child.isAlive()) {
            throw new IllegalStateException("the ping-pong child (pid " + child.pid() + ") exited with status " + child.exitValue());
        }
    }

    /** Stops the child (stop word or end of stdin), waits for it, kills it if it lingers; deletes the shared file. */
    @Override
    public void close() {
        try {
            if (shared != null) {
                PingPong.sharedMemoryStop(shared);
            }
            out.close();
            if (!child.waitFor(5, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            if (shared != null) {
                shared.close();
            }
        }
    }
}
