package corebench.worker;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered pipe end without a lock: {@link java.io.BufferedOutputStream} takes one on every write, and
 * a frame is a dozen small writes. Frames are written into the buffer and go out together, one system call
 * per {@link #flush}. Only one thread at a time may use it; the caller orders the threads.
 */
final class FrameOutput extends OutputStream {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int count;

    FrameOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            drain();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buffer.length - count) {
            drain();
            if (len >= buffer.length) { // a large frame goes straight out
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buffer, count, len);
        count += len;
    }

    /** Sends what is buffered in one write. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }
}
