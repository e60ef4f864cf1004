package corebench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An array of {@code long}s in a memory-mapped file that several JVMs map at once, with atomic access
 * through a byte-buffer view {@link VarHandle} (atomic on a direct buffer at 8-byte aligned offsets): the
 * memory behind the work queue and the ping-pong between JVMs.
 *
 * <p>Written in the style of {@link MappedTotal} and {@code grid.SharedGrid} for the queue and ping-pong
 * workloads; meant to move onto the unified shared-memory type once there is one. The creator names the
 * file {@code corebench-<kind>-<pid>-<n>} in /dev/shm (memory, never written to disk) or, where that is
 * missing, in java.io.tmpdir; it is {@code rw-------}, deleted by {@link #close()} and at the creator's
 * exit, and files whose creator died without either (SIGKILL) are deleted by the next {@link #create}.
 */
public final class SharedMemoryFile implements AutoCloseable {
    private static final String PREFIX = "corebench-";
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("corebench-shm-cleanup").unstarted(
                () -> OWNED.forEach(SharedMemoryFile::deleteQuietly)));
    }

    private final Path path;
    private final boolean owner;
    private final int longs;
    /** Typed as ByteBuffer: the view VarHandle's coordinates are (ByteBuffer, int) exactly. */
    private final ByteBuffer memory;

    private SharedMemoryFile(Path path, boolean owner, int longs, ByteBuffer memory) {
        this.path = path;
        this.owner = owner;
        this.longs = longs;
        this.memory = memory;
    }

    /** Creates a zeroed file of {@code longs} longs whose name says {@code kind} (letters only), and maps it. */
    public static SharedMemoryFile create(String kind, int longs) {
        if (!kind.matches("[a-z]+") || longs < 1 || longs > Integer.MAX_VALUE / Long.BYTES) {
            throw new IllegalArgumentException("bad shared-memory file: kind '" + kind + "', " + longs + " longs");
        }
        Path dir = directory();
        removeFilesOfDeadProcesses(dir, kind);
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path path = dir.resolve(PREFIX + kind + "-" + pid + "-" + COUNTER.incrementAndGet());
            try {
                Files.createFile(path, ownerOnly());
            } catch (FileAlreadyExistsException e) {
                continue; // left by a dead process that had our pid: take the next number
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + path + ": " + e.getMessage(), e);
            }
            OWNED.add(path);
            try {
                return new SharedMemoryFile(path, true, longs, map(path, longs));
            } catch (RuntimeException e) {
                deleteQuietly(path);
                OWNED.remove(path);
                throw e;
            }
        }
    }

    /** Maps a file another JVM created (its path travels on the command line). */
    public static SharedMemoryFile open(Path path) {
        try {
            long bytes = Files.size(path);
            if (bytes % Long.BYTES != 0 || bytes == 0) {
                throw new IllegalStateException(path + " is not a corebench shared-memory file (" + bytes + " bytes)");
            }
            return new SharedMemoryFile(path, false, (int) (bytes / Long.BYTES), map(path, (int) (bytes / Long.BYTES)));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("shared-memory file " + path + " does not exist: its creator closed it", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map " + path + ": " + e.getMessage(), e);
        }
    }

    private static MappedByteBuffer map(Path path, int longs) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return channel.map(FileChannel.MapMode.READ_WRITE, 0, (long) longs * Long.BYTES); // grows a new file, zeroed
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file, for the command line of the JVMs that open it. */
    public Path path() {
        return path;
    }

    /** How many longs the file holds. */
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
            throw new IndexOutOfBoundsException("long " + index + " of a shared-memory file of " + longs);
        }
        return index * Long.BYTES;
    }

    /** The creator deletes the file (JVMs that map it keep their mapping); others only let go of it. */
    @Override
    public void close() {
        if (owner) {
            deleteQuietly(path);
            OWNED.remove(path);
        }
    }

    private static Path directory() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Files of this kind whose creating process is gone: in /dev/shm they would hold memory until a reboot. */
    private static void removeFilesOfDeadProcesses(Path dir, String kind) {
        String prefix = PREFIX + kind + "-";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*")) {
            for (Path f : files) {
                String[] parts = f.getFileName().toString().substring(prefix.length()).split("-");
                if (parts.length == 2 && parts[0].matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(parts[0])).isEmpty()) {
                    deleteQuietly(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: an unreadable directory holds nothing we could remove
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // another user's file, or the directory went away: nothing more to do
        }
    }
}
