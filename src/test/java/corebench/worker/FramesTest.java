package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.workload.Kernel;
import corebench.workload.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The frame codec on byte arrays: round trips, and every kind of bad input it must reject. */
class FramesTest {

    @Test
    void batchRoundTrips() throws IOException {
        List<Task> tasks = List.of(new Task(Kernel.ECHO, 7), new Task(Kernel.MONTE_CARLO_SCALAR, 1, 2, 3), new Task(Kernel.ECHO));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Frames.writeBatch(new DataOutputStream(bytes), 42, tasks);

        Frame.Batch batch = (Frame.Batch) read(bytes.toByteArray());
        assertThat(batch.batchId()).isEqualTo(42);
        assertThat(batch.kernelIds()).containsExactly(Kernel.ECHO.wireId(), Kernel.MONTE_CARLO_SCALAR.wireId(), Kernel.ECHO.wireId());
        assertThat(batch.args()).isDeepEqualTo(new long[][] {{7}, {1, 2, 3}, {}});
    }

    @Test
    void resultsAndFailuresRoundTrip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        Frames.writeResults(out, 5, new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE});
        Frames.writeFailure(out, 6, 2, "java.lang.IllegalStateException", "bad état");
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

        Frame.Results results = (Frame.Results) Frames.read(in);
        assertThat(results.batchId()).isEqualTo(5);
        assertThat(results.values()).containsExactly(Long.MIN_VALUE, 0, Long.MAX_VALUE);
        assertThat(Frames.read(in)).isEqualTo(new Frame.Failure(6, 2, "java.lang.IllegalStateException", "bad état"));
        assertThat(Frames.read(in)).as("clean end between frames").isNull();
    }

    @Test
    void longFailureMessagesAreCut() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Frames.writeFailure(new DataOutputStream(bytes), 1, 0, "X", "m".repeat(1_000_000));
        Frame.Failure failure = (Frame.Failure) read(bytes.toByteArray());
        assertThat(failure.message()).hasSize(Frames.MAX_TEXT_CHARS + 3).endsWith("...");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, Frames.MAX_FRAME_BYTES + 1, Integer.MAX_VALUE})
    void rejectsLengthsOutsideTheLimitBeforeAllocating(int length) {
        // Only the header is present: a reader that allocated first would fail on EOF, not on the length.
        assertThatThrownBy(() -> read(header(length)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("outside 1.." + Frames.MAX_FRAME_BYTES);
    }

    @Test
    void rejectsAsciiGarbageAsAnOversizedFrame() {
        assertThatThrownBy(() -> read("Hello, world! This is not a frame.".getBytes()))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("bad frame: length");
    }

    @Test
    void rejectsTruncatedFrames() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Frames.writeResults(new DataOutputStream(bytes), 1, new long[] {1, 2, 3});
        byte[] whole = bytes.toByteArray();
        assertThatThrownBy(() -> read(Arrays.copyOf(whole, whole.length - 1)))
                .isInstanceOf(EOFException.class).hasMessageContaining("truncated frame");
        assertThatThrownBy(() -> read(Arrays.copyOf(whole, 2)))
                .isInstanceOf(EOFException.class).hasMessageContaining("inside a frame header");
    }

    @Test
    void rejectsUnknownFrameTypes() {
        byte[] frame = frame(1 + 8, (byte) 77, new byte[8]);
        assertThatThrownBy(() -> read(frame)).isInstanceOf(ProtocolException.class).hasMessageContaining("unknown type 77");
    }

    @Test
    void rejectsCountsLargerThanTheFrame() {
        // a results frame announcing a billion values in a 20-byte body
        byte[] body = ByteBuffer.allocate(20).putLong(1).putInt(1_000_000_000).putLong(0).array();
        assertThatThrownBy(() -> read(frame(1 + body.length, Frames.RESULTS, body)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("1000000000 results announced");
    }

    @Test
    void rejectsNegativeArgumentCounts() {
        byte[] body = ByteBuffer.allocate(20).putLong(1).putInt(1).putInt(Kernel.ECHO.wireId()).putInt(-5).array();
        assertThatThrownBy(() -> read(frame(1 + body.length, Frames.BATCH, body)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("-5 arguments announced");
    }

    @Test
    void rejectsBodiesThatEndEarlyOrLate() throws IOException {
        assertThatThrownBy(() -> read(frame(1 + 4, Frames.RESULTS, new byte[4])))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("ends early");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Frames.writeResults(new DataOutputStream(bytes), 1, new long[0]);
        byte[] valid = bytes.toByteArray();
        byte[] body = Arrays.copyOfRange(valid, 5, valid.length + 3); // three stray zero bytes after the body
        assertThatThrownBy(() -> read(frame(1 + body.length, Frames.RESULTS, body)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("3 bytes after the end");
    }

    @Test
    void refusesToWriteABatchLargerThanTheLimit() {
        List<Task> tasks = List.of(new Task(Kernel.ECHO, new long[Frames.MAX_FRAME_BYTES / 8]));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Frames.writeBatch(new DataOutputStream(bytes), 1, tasks))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("use a smaller chunk size");
        assertThat(bytes.size()).as("nothing written").isZero();
    }

    private static Frame read(byte[] bytes) throws IOException {
        return Frames.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    private static byte[] header(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    /** A frame with the given length field, type byte and body bytes, whatever they say. */
    private static byte[] frame(int length, byte type, byte[] body) {
        byte[] frame = new byte[5 + body.length];
        System.arraycopy(header(length), 0, frame, 0, 4);
        frame[4] = type;
        System.arraycopy(body, 0, frame, 5, body.length);
        return frame;
    }
}
