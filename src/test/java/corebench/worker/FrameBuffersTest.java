package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The lock-free pipe buffers of the worker protocol: what goes out in one write, what one read holds. */
class FrameBuffersTest {

    /** Records every write it is given, as the pipe would see them. */
    private static final class Writes extends ByteArrayOutputStream {
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            sizes.add(len);
            super.write(b, off, len);
        }
    }

    /** Hands out at most {@code step} bytes per read, as a pipe hands out what has arrived. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int step;
        int reads;

        Trickle(byte[] data, int step) {
            this.bytes = new ByteArrayInputStream(data);
            this.step = step;
        }

        @Override
        public int read() {
            throw new AssertionError("FrameInput reads in blocks");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            reads++;
            return bytes.read(b, off, Math.min(len, step));
        }
    }

    @Test
    void smallFramesLeaveInOneWritePerFlush() throws IOException {
        Writes pipe = new Writes();
        FrameOutput out = new FrameOutput(pipe);
        for (int i = 0; i < 100; i++) {
            out.write(new byte[] {(byte) i, 1, 2});
            out.write(7);
        }
        assertThat(pipe.size()).as("nothing is sent before the flush").isZero();
        out.flush();
        assertThat(pipe.sizes).containsExactly(400);
        out.flush();
        assertThat(pipe.sizes).as("an empty flush writes nothing").containsExactly(400);
        assertThat(pipe.toByteArray()).startsWith(0, 1, 2, 7, 1, 1, 2, 7);
    }

    @Test
    void aFrameLargerThanTheBufferGoesStraightOutAfterWhatWasBuffered() throws IOException {
        Writes pipe = new Writes();
        FrameOutput out = new FrameOutput(pipe);
        byte[] large = new byte[200_000];
        Arrays.fill(large, (byte) 9);
        out.write(new byte[] {1, 2, 3});
        out.write(large);
        out.write(4);
        out.flush();
        assertThat(pipe.sizes).containsExactly(3, 200_000, 1);
        byte[] all = pipe.toByteArray();
        assertThat(all).hasSize(200_004);
        assertThat(Arrays.copyOfRange(all, 0, 3)).containsExactly(1, 2, 3);
        assertThat(all[3]).isEqualTo((byte) 9);
        assertThat(all[200_003]).isEqualTo((byte) 4);
    }

    @Test
    void tellsWhatOneReadOfThePipeBroughtWithoutAnotherRead() throws IOException {
        byte[] data = bytes(100);
        Trickle pipe = new Trickle(data, 60);
        FrameInput in = new FrameInput(pipe);
        assertThat(in.buffered()).isZero();
        byte[] first = new byte[10];
        assertThat(in.read(first, 0, 10)).isEqualTo(10);
        assertThat(in.buffered()).as("the rest of the first read").isEqualTo(50);
        assertThat(pipe.reads).isEqualTo(1);
        byte[] rest = new byte[90];
        int got = 0;
        while (got < 90) {
            got += in.read(rest, got, 90 - got);
        }
        assertThat(pipe.reads).isEqualTo(2);
        assertThat(in.buffered()).isZero();
        assertThat(first).containsExactly(Arrays.copyOfRange(data, 0, 10));
        assertThat(rest).containsExactly(Arrays.copyOfRange(data, 10, 100));
        assertThat(in.read()).as("end of the pipe").isEqualTo(-1);
        assertThat(in.read(rest, 0, 1)).isEqualTo(-1);
    }

    @Test
    void aFrameLargerThanTheBufferIsReadStraightIn() throws IOException {
        byte[] data = bytes(300_000);
        FrameInput in = new FrameInput(new Trickle(data, Integer.MAX_VALUE));
        byte[] head = new byte[4];
        assertThat(Frames.readUpTo(in, head)).isEqualTo(4);
        byte[] body = new byte[299_996];
        assertThat(Frames.readUpTo(in, body)).isEqualTo(299_996);
        assertThat(head).containsExactly(Arrays.copyOfRange(data, 0, 4));
        assertThat(body).containsExactly(Arrays.copyOfRange(data, 4, 300_000));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        IntStream.range(0, n).forEach(i -> b[i] = (byte) (i * 31));
        return b;
    }
}
