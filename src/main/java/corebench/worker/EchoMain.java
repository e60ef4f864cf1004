package corebench.worker;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * The child of {@link PipeRoundTrip}: echoes every 8-byte frame from stdin to stdout, nothing else.
 * Whatever one read of stdin brings is echoed with one write (the whole frames of it; a frame cut by
 * the read waits for its rest), so a burst is answered with one system call each way, as by a
 * pipelining peer. It exits when stdin ends (the parent closed it or died: a dead parent's end of the
 * pipe closes with it) and on any write error.
 */
public final class EchoMain {

    private EchoMain() {
    }

    public static void main(String[] args) {
        FileInputStream in = new FileInputStream(FileDescriptor.in);
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] buffer = new byte[1 << 16];
        int held = 0;
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer, held, buffer.length - held)) {
                held += n;
                int whole = held - held % Long.BYTES;
                out.write(buffer, 0, whole);
                System.arraycopy(buffer, whole, buffer, 0, held - whole);
                held -= whole;
            }
            Runtime.getRuntime().halt(0);
        } catch (IOException e) {
            System.err.println("corebench echo child (pid " + ProcessHandle.current().pid() + "): " + e.getMessage());
            Runtime.getRuntime().halt(1);
        }
    }
}
