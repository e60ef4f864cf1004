package corebench.worker;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered pipe end that tells how many bytes it holds already, without asking the operating system
 * ({@link java.io.BufferedInputStream#available} always does: one system call per question), and without
 * a lock ({@link java.io.BufferedInputStream} takes one per read). Only one thread at a time may read it;
 * the caller orders the threads.
 */
final class FrameInput extends InputStream {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int count;

    FrameInput(InputStream in) {
        this.in = in;
    }

    /** Bytes read from the pipe and not yet consumed: what can be read without waiting. */
    int buffered() {
        return count - pos;
    }

    @Override
    public int read() throws IOException {
        if (pos == count && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xFF;
    }

    /** Reads what is buffered, or, if nothing is, what one read of the pipe brings (blocking until some does). */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == count) {
            if (len >= buffer.length) { // a large frame body goes straight in
                return in.read(b, off, len);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return buffered();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        pos = 0;
        count = Math.max(n, 0);
        return n > 0;
    }
}
