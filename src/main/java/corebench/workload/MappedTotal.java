package corebench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A total in shared memory: one {@code long} at the start of a memory-mapped file, added to with an
 * atomic {@code getAndAdd} through a byte-buffer view {@link VarHandle} (atomic on a direct buffer at an
 * aligned offset). Every JVM that maps the file sees the same memory, so threads of this JVM and child
 * JVMs add to one total, the way {@code multiprocessing.Value} shares one between Python processes.
 * Compiled for Java 21, where {@code java.lang.foreign} is still a preview.
 *
 * <p>The file's name follows from the total's key alone, so a child that receives only the key (tasks
 * are plain numbers) finds it: {@code corebench-total-<key>} in {@code /dev/shm} where that is a writable
 * directory (Linux: memory, never written to disk), else in {@code java.io.tmpdir}, which parent and
 * children must then agree on. The creator deletes the file on {@link #close()}.
 */
final class MappedTotal implements SharedTotal {
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** One page: the smallest mapping there is. */
    private static final int BYTES = 4096;

    private final Path file;
    private final boolean owner;
    private final MappedByteBuffer memory;

    private MappedTotal(Path file, boolean owner, MappedByteBuffer memory) {
        this.file = file;
        this.owner = owner;
        this.memory = memory;
    }

    /** Creates the file of a new total (zero) and maps it; {@link #close()} deletes it. */
    static MappedTotal create(long key) {
        Path file = fileFor(key);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(BYTES));
            return new MappedTotal(file, true, channel.map(FileChannel.MapMode.READ_WRITE, 0, BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the shared total " + file + ": " + e.getMessage(), e);
        }
    }

    /** Maps the file of a total another JVM (or this one) created. */
    static MappedTotal open(long key) {
        Path file = fileFor(key);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new MappedTotal(file, false, channel.map(FileChannel.MapMode.READ_WRITE, 0, BYTES));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("shared total " + file + " does not exist: its creator closed it, or this JVM"
                    + " looks in another directory (java.io.tmpdir must match the parent's where /dev/shm is missing)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map the shared total " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the total with this key lives. */
    static Path fileFor(long key) {
        Path shm = Path.of("/dev/shm");
        Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return dir.resolve("corebench-total-" + Long.toHexString(key));
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
        if (owner) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the shared total " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
