package corebench.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;

/**
 * The raw cost the process models are built on: 8-byte frames through a pipe to a child JVM
 * ({@link EchoMain}) and back, pipelined. The parent keeps up to {@code window} frames in flight: it
 * writes them in one system call, reads whatever echoes have arrived in one, and tops the window up
 * again in one, so the figure is what a pipe round trip costs per frame when nothing else is done: no
 * framing, no decoding, no hand-off between threads, one thread on each side. The baseline the process
 * pool's per-task cost is judged against; usable by anything that wants a pipe to another JVM.
 */
public final class PipeRoundTrip implements AutoCloseable {
    /** At most this many frames in flight: their bytes must fit a pipe's buffer (64 KiB on Linux). */
    public static final int MAX_WINDOW = 4096;
    /** How long {@link #close} lets the child exit by itself after its stdin is closed. */
    private static final long EXIT_GRACE_MILLIS = 2000;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final Process process;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] sendBuffer = new byte[MAX_WINDOW * Long.BYTES];
    private final byte[] receiveBuffer = new byte[MAX_WINDOW * Long.BYTES];
    private long next;

    private PipeRoundTrip(Process process) {
        this.process = process;
        this.out = process.getOutputStream();
        this.in = process.getInputStream();
    }

    /** Starts the echo child, a JVM started as the process models' workers are ({@link ChildJvm}). */
    public static PipeRoundTrip start() throws IOException {
        return new PipeRoundTrip(ChildJvm.start(EchoMain.class, Redirect.INHERIT));
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /**
     * Sends {@code frames} frames with at most {@code window} in flight and waits for every echo; each
     * echo must be the value sent (a running count), in order.
     *
     * @throws IOException if the child ended or echoed something else
     */
    public void roundTrips(int frames, int window) throws IOException {
        if (frames < 0 || window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("frames must be >= 0 and window in 1.." + MAX_WINDOW + ", were "
                    + frames + ", " + window);
        }
        long end = next + frames;
        long sent = next;
        long received = next;
        int held = 0; // bytes of an echo cut by the last read
        while (received < end) {
            int batch = (int) Math.min(end - sent, window - (sent - received));
            for (int i = 0; i < batch; i++) {
                LONG.set(sendBuffer, i * Long.BYTES, sent++);
            }
            try {
                out.write(sendBuffer, 0, batch * Long.BYTES);
                out.flush();
            } catch (IOException e) {
                throw new IOException("echo child pid " + pid() + " takes no more frames: " + e.getMessage(), e);
            }
            int n = in.read(receiveBuffer, held, receiveBuffer.length - held);
            if (n < 0) {
                throw new IOException("echo child pid " + pid() + " ended after " + (received - next) + " of "
                        + frames + " frames");
            }
            held += n;
            int whole = held / Long.BYTES;
            for (int i = 0; i < whole; i++) {
                long echo = (long) LONG.get(receiveBuffer, i * Long.BYTES);
                if (echo != received) {
                    throw new IOException("echo child pid " + pid() + " sent " + echo + " for frame " + received);
                }
                received++;
            }
            System.arraycopy(receiveBuffer, whole * Long.BYTES, receiveBuffer, 0, held - whole * Long.BYTES);
            held -= whole * Long.BYTES;
        }
        next = end;
    }

    /** Closes the child's stdin so it exits; kills it if it does not within a grace period. Waits until it is gone. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // the child is gone already
        }
        try {
            if (!process.waitFor(EXIT_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly().onExit().join();
            Thread.currentThread().interrupt();
        }
        try {
            in.close();
        } catch (IOException e) {
            // nothing more will be read
        }
    }
}
