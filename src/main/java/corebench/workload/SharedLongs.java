package corebench.workload;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * An array of {@code long}s that several JVMs map at once, in a {@link SharedMemoryFile} (so it is 0600,
 * removed on close and at exit, and cleaned after a dead owner like every other shared file), with atomic
 * access through a byte-buffer view {@link VarHandle} (atomic on a direct buffer at 8-byte aligned offsets):
 * the memory behind the work queue and the ping-pong between JVMs. The child JVMs get its path.
 */
public final class SharedLongs implements AutoCloseable {
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final SharedMemoryFile file;
    private final int longs;
    /** Typed as ByteBuffer: the view VarHandle's coordinates are (ByteBuffer, int) exactly. */
    private final ByteBuffer memory;

    private SharedLongs(SharedMemoryFile file, int longs) {
        this.file = file;
        this.longs = longs;
        this.memory = file.map(0, (long) longs * Long.BYTES);
    }

    /** Creates a zeroed array of {@code longs} longs whose file name says {@code kind} (letters only). */
    public static SharedLongs create(String kind, int longs) {
        if (!kind.matches("[a-z]+") || longs < 1 || longs > Integer.MAX_VALUE / Long.BYTES) {
            throw new IllegalArgumentException("bad shared-memory array: kind '" + kind + "', " + longs + " longs");
        }
        while (true) {
            try {
                SharedMemoryFile file = SharedMemoryFile.create(kind, SharedMemoryFile.newKey(), (long) longs * Long.BYTES);
                try {
                    return new SharedLongs(file, longs);
                } catch (RuntimeException e) {
                    file.close();
                    throw e;
                }
            } catch (FileAlreadyExistsException e) {
                // taken (or left by a dead process that had our pid): take another
            }
        }
    }

    /** Maps an array another JVM created (its path travels on the command line). */
    public static SharedLongs open(Path path) {
        SharedMemoryFile file = SharedMemoryFile.open(path);
        long bytes = file.size();
        if (bytes % Long.BYTES != 0 || bytes == 0 || bytes / Long.BYTES > Integer.MAX_VALUE / Long.BYTES) {
            throw new IllegalStateException(path + " is not a corebench shared array of longs (" + bytes + " bytes)");
        }
        return new SharedLongs(file, (int) (bytes / Long.BYTES));
    }

    /** The file, for the command line of the JVMs that open it. */
    public Path path() {
        return file.path();
    }

    /** How many longs the array holds. */
    public int longs() {
        return longs;
    }

    /** Long {@code index}, read with volatile semantics. */
    public long get(int index) {
        return (long) LONGS.getVolatile(memory, offset(index));
    }

    /** Writes long {@code index} with volatile semantics. */
    public void set(int index, long value) {
        LONGS.setVolatile(memory, offset(index), value);
    }

    /** Atomically sets long {@code index} to {@code value} if it is {@code expected}. */
    public boolean compareAndSet(int index, long expected, long value) {
        return LONGS.compareAndSet(memory, offset(index), expected, value);
    }

    /** Atomically adds {@code delta} to long {@code index}; returns the value before. */
    public long getAndAdd(int index, long delta) {
        return (long) LONGS.getAndAdd(memory, offset(index), delta);
    }

    private int offset(int index) {
        if (index < 0 || index >= longs) {
            throw new IndexOutOfBoundsException("long " + index + " of a shared array of " + longs);
        }
        return index * Long.BYTES;
    }

    /** The creator removes the file (JVMs that map it keep their mapping); others only let go of it. */
    @Override
    public void close() {
        file.close();
    }
}
