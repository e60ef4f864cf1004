package corebench.worker;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * A buffered pipe end that tells how many bytes it holds already, without asking the operating system
 * ({@link BufferedInputStream#available} always does: one system call per question).
 */
final class FrameInput extends BufferedInputStream {

    FrameInput(InputStream in) {
        super(in, 1 << 16);
    }

    /** Bytes read from the pipe and not yet consumed: what can be read without waiting. */
    synchronized int buffered() {
        return count - pos;
    }
}
