package corebench.workload.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Row-major grids of doubles ("planes", all {@code rows × cols}) in a memory-mapped file that threads
 * of this JVM and child JVMs share: every process that maps the file sees the same bytes, so no grid
 * data ever travels through a pipe.
 *
 * <p>A grid is named by a {@code long} key, and its file's path follows from the key alone
 * ({@code corebench-grid-<pid>-<n>} in /dev/shm where that exists, else in java.io.tmpdir), so a task
 * that carries only longs can find it: {@link GridRegistry#get} maps it once per JVM. The creating JVM
 * owns the file: it is created readable and writable by the owner only, and {@link #close} removes it;
 * a failure while creating removes it too.
 *
 * <p>Writes by one process become visible to another through the hand-off that follows them (a task's
 * completion, a pipe reply), never by polling the grid; the kernels never write a cell another task of
 * the same batch reads.
 */
public final class SharedGrid implements AutoCloseable {
    /** File name prefix; the rest of the name is derived from the key. */
    static final String PREFIX = "corebench-grid-";
    private static final long MAGIC = 0x4342_4752_4944_3031L; // "CBGRID01"
    private static final int HEADER_BYTES = 4096; // planes start page-aligned
    private static final int HEADER_FIELDS_BYTES = 24; // magic, version, rows, cols, planes
    private static final int MAX_PLANES = 4;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final long key;
    private final Path path;
    private final boolean owner;
    private final int rows;
    private final int cols;
    private final DoubleBuffer[] planes;
    private volatile boolean closed;

    private SharedGrid(long key, Path path, boolean owner, int rows, int cols, DoubleBuffer[] planes) {
        this.key = key;
        this.path = path;
        this.owner = owner;
        this.rows = rows;
        this.cols = cols;
        this.planes = planes;
    }

    /**
     * Creates a zero-filled grid file of {@code planes} planes, maps it and registers it with
     * {@link GridRegistry}, so kernels running in this JVM use this very mapping.
     *
     * @throws IllegalArgumentException if the shape is not positive or a plane exceeds 2 GiB
     * @throws UncheckedIOException if the file cannot be created; nothing is left behind
     */
    public static SharedGrid create(int rows, int cols, int planes) {
        long planeBytes = planeBytes(rows, cols, planes);
        long fileBytes = HEADER_BYTES + planeBytes * planes;
        Path dir = directoryFor(fileBytes);
        removeFilesOfDeadProcesses(dir);
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; attempt < 1000; attempt++) {
            long key = (pid << 32) | (COUNTER.incrementAndGet() & 0xFFFF_FFFFL);
            Path path = dir.resolve(fileName(key));
            try {
                Files.createFile(path, ownerOnly());
            } catch (FileAlreadyExistsException e) {
                continue; // left by a crashed process that had our pid: take the next number
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create shared grid file " + path + ": " + e.getMessage(), e);
            }
            try {
                SharedGrid grid = new SharedGrid(key, path, true, rows, cols, map(path, rows, cols, planes, planeBytes, true));
                GridRegistry.register(grid);
                return grid;
            } catch (IOException e) {
                deleteQuietly(path, e);
                throw new UncheckedIOException("cannot map shared grid file " + path + ": " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                deleteQuietly(path, e);
                throw e;
            }
        }
        throw new IllegalStateException("no free shared grid file name in " + dir);
    }

    /** Maps the existing grid with this key, as a non-owner: closing it leaves the file alone. */
    static SharedGrid open(long key) {
        Path path = existingPath(key);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_FIELDS_BYTES).order(ByteOrder.nativeOrder());
            if (ch.read(header, 0) < HEADER_FIELDS_BYTES || header.getLong(0) != MAGIC) {
                throw new IllegalStateException(path + " is not a corebench shared grid");
            }
            int rows = header.getInt(12);
            int cols = header.getInt(16);
            int planes = header.getInt(20);
            long planeBytes = planeBytes(rows, cols, planes);
            if (ch.size() < HEADER_BYTES + planeBytes * planes) {
                throw new IllegalStateException(path + " is shorter than its header says");
            }
            return new SharedGrid(key, path, false, rows, cols, map(path, rows, cols, planes, planeBytes, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map shared grid " + key + " at " + path + ": " + e.getMessage(), e);
        }
    }

    private static DoubleBuffer[] map(Path path, int rows, int cols, int planes, long planeBytes, boolean init)
            throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (init) {
                ByteBuffer header = ByteBuffer.allocate(HEADER_FIELDS_BYTES).order(ByteOrder.nativeOrder());
                header.putLong(MAGIC).putInt(1).putInt(rows).putInt(cols).putInt(planes).flip();
                ch.write(header, 0);
                // Extends the file with zeros (a sparse tmpfs file: pages appear as they are touched).
                ch.write(ByteBuffer.allocate(1), HEADER_BYTES + planeBytes * planes - 1);
            }
            DoubleBuffer[] views = new DoubleBuffer[planes];
            for (int p = 0; p < planes; p++) {
                // The mapping outlives the channel; it goes when the buffer is collected.
                views[p] = ch.map(FileChannel.MapMode.READ_WRITE, HEADER_BYTES + planeBytes * p, (long) rows * cols * Double.BYTES)
                        .order(ByteOrder.nativeOrder()).asDoubleBuffer();
            }
            return views;
        }
    }

    private static long planeBytes(int rows, int cols, int planes) {
        if (rows < 1 || cols < 1 || planes < 1 || planes > MAX_PLANES) {
            throw new IllegalArgumentException("a shared grid needs rows, cols >= 1 and 1.." + MAX_PLANES
                    + " planes, was " + rows + "x" + cols + "x" + planes);
        }
        long bytes = (long) rows * cols * Double.BYTES;
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a plane of " + rows + "x" + cols + " doubles exceeds 2 GiB");
        }
        return (bytes + HEADER_BYTES - 1) / HEADER_BYTES * HEADER_BYTES;
    }

    /** /dev/shm (memory, never written back to a disk) if it exists and has room, else the temp dir. */
    private static Path directoryFor(long bytes) {
        for (Path dir : directories()) {
            try {
                if (Files.getFileStore(dir).getUsableSpace() >= bytes) {
                    return dir;
                }
            } catch (IOException e) {
                // not usable: try the next one
            }
        }
        throw new IllegalStateException("no room for a shared grid of " + (bytes >> 20) + " MiB in " + directories());
    }

    /** Where grid files may be, in the order they are tried: the same in every JVM of one machine. */
    static List<Path> directories() {
        List<Path> dirs = new ArrayList<>(2);
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            dirs.add(shm);
        }
        dirs.add(Path.of(System.getProperty("java.io.tmpdir")));
        return dirs;
    }

    /**
     * Removes grid files whose creating process no longer exists (killed before it could clean up): in
     * /dev/shm they would hold memory until the next reboot. Child JVMs that still map such a file keep
     * their mapping; files of other users are left alone (the directory's sticky bit refuses).
     */
    static void removeFilesOfDeadProcesses(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path f : files) {
                String[] parts = f.getFileName().toString().substring(PREFIX.length()).split("-");
                if (parts.length == 2 && parts[0].matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(parts[0])).isEmpty()) {
                    deleteQuietly(f, null);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: an unreadable directory holds nothing we could remove
        }
    }

    static String fileName(long key) {
        return PREFIX + (key >>> 32) + "-" + (key & 0xFFFF_FFFFL);
    }

    private static Path existingPath(long key) {
        for (Path dir : directories()) {
            Path p = dir.resolve(fileName(key));
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no shared grid with key " + key + " (" + fileName(key) + " in "
                + directories() + "): closed already, or created on another machine");
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    /** Removes the file if it can; a failure is attached to {@code cause} if there is one. */
    private static void deleteQuietly(Path path, Throwable cause) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    /** The key that names this grid in task arguments. */
    public long key() {
        return key;
    }

    /** The backing file. */
    public Path path() {
        return path;
    }

    /** Rows of every plane. */
    public int rows() {
        return rows;
    }

    /** Columns of every plane. */
    public int cols() {
        return cols;
    }

    /** Number of planes. */
    public int planes() {
        return planes.length;
    }

    /**
     * Plane {@code p}, cell (r, c) at index {@code r * cols + c}. Use absolute get/put only: the view's
     * position is shared by every thread that holds it.
     */
    public DoubleBuffer plane(int p) {
        if (closed) {
            throw new IllegalStateException("shared grid " + key + " is closed");
        }
        return planes[p];
    }

    /** Whether this JVM created the grid (and removes its file on close). */
    public boolean owner() {
        return owner;
    }

    /**
     * Forgets the grid in this JVM; the owner also removes the file. The memory goes when the last
     * process drops its mapping (for a mapping in this JVM: when it is garbage collected; Java 21 has no
     * safe explicit unmap, and unmapping under a still-running task would crash the JVM).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        GridRegistry.forget(this);
        if (owner) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove shared grid file " + path + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "SharedGrid[" + key + ", " + rows + "x" + cols + "x" + planes.length + ", " + path + "]";
    }
}
