package corebench.worker;

import corebench.workload.PingPong;
import corebench.workload.SharedLongs;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The other party of ping-pong between JVMs ({@link PingPongPeer} is this side). Arguments: {@code pipe}
 * (read 8-byte pings from stdin, answer each with the count of pings so far on stdout) or
 * {@code shared-memory <file>} (the same through two words of a {@link SharedLongs}). It never
 * outlives its parent: it halts when its stdin ends or the parent process exits.
 */
public final class PingPongPeerMain {

    private PingPongPeerMain() {
    }

    public static void main(String[] args) {
        FileOutputStream pipeOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        ProcessHandle.current().parent().ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(QueueConsumerMain.EXIT_PARENT_GONE)));
        if (args.length == 1 && args[0].equals(PingPong.Mechanism.PIPE.id())) {
            echoPipe(new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in))),
                    new DataOutputStream(new BufferedOutputStream(pipeOut)));
        } else if (args.length == 2 && args[0].equals(PingPong.Mechanism.SHARED_MEMORY.id())) {
            Thread.ofPlatform().daemon().name("corebench-pingpong-stdin").start(() -> QueueConsumerMain.haltAtEndOf(System.in));
            PingPong.sharedMemoryEcho(SharedLongs.open(Path.of(args[1])));
        } else {
            System.err.println("usage: PingPongPeerMain pipe | shared-memory <file>");
            Runtime.getRuntime().halt(QueueConsumerMain.EXIT_BAD_START);
        }
        Runtime.getRuntime().halt(0);
    }

    /** Answers every 8-byte ping with the count of pings received, until stdin ends. */
    private static void echoPipe(DataInputStream in, DataOutputStream out) {
        long count = 0;
        try {
            while (true) {
                in.readLong();
                out.writeLong(++count);
                out.flush();
            }
        } catch (EOFException e) {
            // the parent closed the pipe: done
        } catch (IOException e) {
            System.err.println("corebench ping-pong peer: " + e.getMessage());
        }
    }
}
