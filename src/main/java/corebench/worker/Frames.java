package corebench.worker;

import corebench.workload.Task;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The byte layout of frames, big-endian (DataOutputStream), and the only code that reads or writes it.
 *
 * <pre>
 * frame   = length:int32 (bytes after this field, 1..MAX_FRAME_BYTES) type:int8 body
 * Batch   = batchId:int64 count:int32 { kernelId:int32 argCount:int32 arg:int64 * argCount } * count
 * Results = batchId:int64 count:int32 value:int64 * count
 * Failure = batchId:int64 taskIndex:int32 exceptionClass:string message:string
 * string  = byteCount:int32 UTF-8 bytes
 * </pre>
 *
 * <p>A reader never trusts a count: the length is checked against {@link #MAX_FRAME_BYTES} before the
 * body is allocated, and every count inside against the bytes that remain, so garbage, truncated or
 * oversized input costs at most one bounded buffer and gives a {@link ProtocolException}.
 */
public final class Frames {
    /** The largest frame either side accepts: 16 MiB, about half a million three-argument tasks. */
    public static final int MAX_FRAME_BYTES = 16 << 20;
    /** Failure texts are cut to this many characters: a reply must not grow with a runaway message. */
    static final int MAX_TEXT_CHARS = 2000;
    static final byte BATCH = 1;
    static final byte RESULTS = 2;
    static final byte FAILURE = 3;
    private static final int HEADER = 1 + 8 + 4;

    private Frames() {
    }

    /** Writes the given tasks as one batch frame (not flushed). */
    public static void writeBatch(DataOutputStream out, long batchId, List<Task> tasks) throws IOException {
        long length = HEADER;
        for (Task t : tasks) {
            length += 8 + 8L * t.arity();
        }
        if (length > MAX_FRAME_BYTES) {
            throw new ProtocolException("a batch of " + tasks.size() + " tasks needs " + length
                    + " bytes, more than the frame limit of " + MAX_FRAME_BYTES + ": use a smaller chunk size");
        }
        out.writeInt((int) length);
        out.writeByte(BATCH);
        out.writeLong(batchId);
        out.writeInt(tasks.size());
        for (Task t : tasks) {
            out.writeInt(t.kernel().wireId());
            out.writeInt(t.arity());
            for (int a = 0; a < t.arity(); a++) {
                out.writeLong(t.arg(a));
            }
        }
    }

    /** Writes a results frame (not flushed). */
    public static void writeResults(DataOutputStream out, long batchId, long[] values) throws IOException {
        out.writeInt(HEADER + 8 * values.length);
        out.writeByte(RESULTS);
        out.writeLong(batchId);
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    /** Writes a failure frame (not flushed); over-long texts are cut. */
    public static void writeFailure(DataOutputStream out, long batchId, int taskIndex, String exceptionClass, String message)
            throws IOException {
        byte[] cls = utf8(exceptionClass);
        byte[] msg = utf8(message);
        out.writeInt(1 + 8 + 4 + 4 + cls.length + 4 + msg.length);
        out.writeByte(FAILURE);
        out.writeLong(batchId);
        out.writeInt(taskIndex);
        out.writeInt(cls.length);
        out.write(cls);
        out.writeInt(msg.length);
        out.write(msg);
    }

    /**
     * Reads the next frame.
     *
     * @return the frame, or {@code null} if the stream ended cleanly between frames
     * @throws ProtocolException on an out-of-range length, an unknown type or an inconsistent body
     * @throws EOFException if the stream ended inside a frame
     */
    public static Frame read(DataInputStream in) throws IOException {
        byte[] lengthBytes = new byte[4];
        int got = readUpTo(in, lengthBytes);
        if (got == 0) {
            return null;
        }
        if (got < 4) {
            throw new EOFException("stream ended inside a frame header (" + got + " of 4 length bytes)");
        }
        int length = ByteBuffer.wrap(lengthBytes).getInt();
        if (length < 1 || length > MAX_FRAME_BYTES) {
            throw new ProtocolException(String.format("bad frame: length %d (0x%08X) is outside 1..%d",
                    length, length, MAX_FRAME_BYTES));
        }
        byte[] body = new byte[length];
        got = readUpTo(in, body);
        if (got < length) {
            throw new EOFException("truncated frame: stream ended after " + got + " of " + length + " bytes");
        }
        try {
            return decode(ByteBuffer.wrap(body));
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("bad frame: body ends early (" + length + " bytes)");
        }
    }

    private static Frame decode(ByteBuffer b) throws ProtocolException {
        byte type = b.get();
        long batchId = b.getLong();
        Frame frame = switch (type) {
            case BATCH -> decodeBatch(batchId, b);
            case RESULTS -> new Frame.Results(batchId, longs(b, count(b, 8, "results")));
            case FAILURE -> new Frame.Failure(batchId, b.getInt(), text(b), text(b));
            default -> throw new ProtocolException("bad frame: unknown type " + type);
        };
        if (b.hasRemaining()) {
            throw new ProtocolException("bad frame: " + b.remaining() + " bytes after the end of a type " + type + " body");
        }
        return frame;
    }

    private static Frame.Batch decodeBatch(long batchId, ByteBuffer b) throws ProtocolException {
        int count = count(b, 8, "tasks");
        int[] kernelIds = new int[count];
        long[][] args = new long[count][];
        for (int i = 0; i < count; i++) {
            kernelIds[i] = b.getInt();
            args[i] = longs(b, count(b, 8, "arguments"));
        }
        return new Frame.Batch(batchId, kernelIds, args);
    }

    /** Reads a count and checks that that many items of at least {@code itemBytes} can still follow. */
    private static int count(ByteBuffer b, int itemBytes, String what) throws ProtocolException {
        int count = b.getInt();
        if (count < 0 || count > b.remaining() / itemBytes) {
            throw new ProtocolException("bad frame: " + count + " " + what + " announced, "
                    + b.remaining() + " bytes left");
        }
        return count;
    }

    private static long[] longs(ByteBuffer b, int count) {
        long[] values = new long[count];
        b.asLongBuffer().get(values);
        b.position(b.position() + 8 * count);
        return values;
    }

    private static String text(ByteBuffer b) throws ProtocolException {
        byte[] bytes = new byte[count(b, 1, "text bytes")];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        String text = s == null ? "null" : s;
        return (text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) + "..." : text)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Reads until {@code buffer} is full or the stream ends; returns how many bytes were read. */
    static int readUpTo(InputStream in, byte[] buffer) throws IOException {
        int got = 0;
        while (got < buffer.length) {
            int n = in.read(buffer, got, buffer.length - got);
            if (n < 0) {
                break;
            }
            got += n;
        }
        return got;
    }
}
