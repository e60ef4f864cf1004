package corebench.workload;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * A total in shared memory: one {@code long} at the start of a {@link SharedMemoryFile}, added to with an
 * atomic {@code getAndAdd} through a byte-buffer view {@link VarHandle} (atomic on a direct buffer at an
 * aligned offset). Every JVM that maps the file sees the same memory, so threads of this JVM and child
 * JVMs add to one total, the way {@code multiprocessing.Value} shares one between Python processes.
 * Compiled for Java 21, where {@code java.lang.foreign} is still a preview.
 *
 * <p>The file follows from the total's key alone (kind {@value #KIND}), so a child that receives only the key
 * (tasks are plain numbers) finds it. The creator removes it on {@link #close()}, at exit, and the next creator
 * removes those of dead processes (see {@link SharedMemoryFile}).
 */
final class MappedTotal implements SharedTotal {
    /** The kind of shared memory file a total lives in. */
    static final String KIND = "total";
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** One page: the smallest mapping there is. */
    private static final int BYTES = 4096;

    private final SharedMemoryFile file;
    private final MappedByteBuffer memory;

    private MappedTotal(SharedMemoryFile file) {
        this.file = file;
        this.memory = file.map(0, BYTES);
    }

    /** Creates the file of a new total (zero) and maps it; {@link #close()} deletes it. */
    static MappedTotal create(long key) {
        try {
            return new MappedTotal(SharedMemoryFile.create(KIND, key, BYTES));
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("shared total " + key + " exists already: keys are unique per live process", e);
        }
    }

    /** Maps the file of a total another JVM (or this one) created. */
    static MappedTotal open(long key) {
        return new MappedTotal(SharedMemoryFile.open(KIND, key));
    }

    /** Where the total with this key lives now. */
    Path path() {
        return file.path();
    }

    @Override
    public long add(int task, long first, long count) {
        for (long v = first; v < first + count; v++) {
            LONGS.getAndAdd(memory, 0, v);
        }
        return 0;
    }

    @Override
    public long total(long[] taskResults) {
        return (long) LONGS.getVolatile(memory, 0);
    }

    @Override
    public void reset() {
        LONGS.setVolatile(memory, 0, 0L);
    }

    /** The creator deletes the file; the mapping itself goes with the buffer when it is collected. */
    @Override
    public void close() {
        file.close();
    }
}
