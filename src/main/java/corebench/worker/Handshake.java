package corebench.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The first bytes each side of a worker pipe sends: magic number, protocol version and process id, in
 * both directions. Each side checks what it receives, so a child started with the wrong main class, a
 * parent from another corebench build, or garbage on the pipe gives a clear error on whichever side
 * reads it, before any frame is trusted.
 */
public final class Handshake {
    /** "CBWK": corebench worker. */
    public static final int MAGIC = 0x4342574B;
    /** Bumped whenever the frame format changes. */
    public static final int VERSION = 1;
    static final int BYTES = 16;

    private Handshake() {
    }

    /** Writes this process's handshake (not flushed). */
    public static void write(DataOutputStream out) throws IOException {
        write(out, VERSION, ProcessHandle.current().pid());
    }

    static void write(DataOutputStream out, int version, long pid) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(version);
        out.writeLong(pid);
    }

    /**
     * Reads and checks the peer's handshake.
     *
     * @param peer what the peer is, for the error message ("parent", "worker pid 123")
     * @return the pid the peer announced
     * @throws ProtocolException on a wrong magic number or version
     * @throws EOFException if the peer closed the pipe before a whole handshake
     */
    public static long read(DataInputStream in, String peer) throws IOException {
        byte[] bytes = new byte[BYTES];
        int got = Frames.readUpTo(in, bytes);
        if (got < BYTES) {
            throw new EOFException(peer + " closed the pipe after " + got + " of the " + BYTES + " handshake bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int magic = b.getInt();
        if (magic != MAGIC) {
            throw new ProtocolException(String.format("%s does not speak corebench's worker protocol: expected magic 0x%08X, got 0x%08X",
                    peer, MAGIC, magic));
        }
        int version = b.getInt();
        if (version != VERSION) {
            throw new ProtocolException("protocol version mismatch: this side speaks version " + VERSION + ", "
                    + peer + " speaks version " + version + " (are both from the same corebench build?)");
        }
        return b.getLong();
    }
}
