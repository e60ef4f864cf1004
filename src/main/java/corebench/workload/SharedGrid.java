package corebench.workload;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;

/**
 * Row-major grids of doubles ("planes", all {@code rows × cols}) in a memory-mapped file that threads
 * of this JVM and child JVMs share: every process that maps the file sees the same bytes, so no grid
 * data ever travels through a pipe.
 *
 * <p>A grid is named by a {@code long} key, and its file's path follows from the key alone
 ({@code corebench-grid-<pid>-<n>}, a {@link SharedMemoryFile}), so a task that carries only longs can
 * find it: {@link GridRegistry#get} maps it once per JVM. The creating JVM owns the file: created readable
 * and writable by the owner only, removed by {@link #close}, at exit, or by a later create once the creator
 * died; a failure while creating removes it too.
 *
 * <p>Writes by one process become visible to another through the hand-off that follows them (a task's
 * completion, a pipe reply), never by polling the grid; the kernels never write a cell another task of
 * the same batch reads.
 */
public final class SharedGrid implements AutoCloseable {
    /** The kind of shared memory file a grid lives in: {@code corebench-grid-<pid>-<n>}. */
    static final String KIND = "grid";
    /** File name prefix; the rest of the name is derived from the key. */
    static final String PREFIX = "corebench-" + KIND + "-";
    private static final long MAGIC = 0x4342_4752_4944_3031L; // "CBGRID01"
    private static final int HEADER_BYTES = 4096; // planes start page-aligned
    private static final int HEADER_FIELDS_BYTES = 24; // magic, version, rows, cols, planes
    private static final int MAX_PLANES = 4;

    private final long key;
    private final SharedMemoryFile file;
    private final int rows;
    private final int cols;
    private final DoubleBuffer[] planes;
    private volatile boolean closed;

    private SharedGrid(long key, SharedMemoryFile file, int rows, int cols, DoubleBuffer[] planes) {
        this.key = key;
        this.file = file;
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
        for (int attempt = 0; attempt < 1000; attempt++) {
            long key = SharedMemoryFile.newKey();
            SharedMemoryFile file;
            try {
                file = SharedMemoryFile.create(KIND, key, HEADER_BYTES + planeBytes * planes);
            } catch (FileAlreadyExistsException e) {
                continue; // taken (or left by a crashed process that had our pid): take another
            }
            try {
                ByteBuffer header = ByteBuffer.allocate(HEADER_FIELDS_BYTES).order(ByteOrder.nativeOrder());
                file.write(0, header.putLong(MAGIC).putInt(1).putInt(rows).putInt(cols).putInt(planes).flip());
                SharedGrid grid = new SharedGrid(key, file, rows, cols, map(file, rows, cols, planes, planeBytes));
                GridRegistry.register(grid);
                return grid;
            } catch (RuntimeException | Error e) {
                file.close();
                throw e;
            }
        }
        throw new IllegalStateException("no free shared grid file name in " + SharedMemoryFile.directories());
    }

    /** Maps the existing grid with this key, as a non-owner: closing it leaves the file alone. */
    static SharedGrid open(long key) {
        SharedMemoryFile file = SharedMemoryFile.open(KIND, key);
        ByteBuffer header = file.read(0, HEADER_FIELDS_BYTES).order(ByteOrder.nativeOrder());
        if (header.remaining() < HEADER_FIELDS_BYTES || header.getLong(0) != MAGIC) {
            throw new IllegalStateException(file.path() + " is not a corebench shared grid");
        }
        int rows = header.getInt(12);
        int cols = header.getInt(16);
        int planes = header.getInt(20);
        long planeBytes = planeBytes(rows, cols, planes);
        if (file.size() < HEADER_BYTES + planeBytes * planes) {
            throw new IllegalStateException(file.path() + " is shorter than its header says");
        }
        return new SharedGrid(key, file, rows, cols, map(file, rows, cols, planes, planeBytes));
    }

    private static DoubleBuffer[] map(SharedMemoryFile file, int rows, int cols, int planes, long planeBytes) {
        DoubleBuffer[] views = new DoubleBuffer[planes];
        for (int p = 0; p < planes; p++) {
            // The mapping outlives the channel; it goes when the buffer is collected.
            views[p] = file.map(HEADER_BYTES + planeBytes * p, (long) rows * cols * Double.BYTES)
                    .order(ByteOrder.nativeOrder()).asDoubleBuffer();
        }
        return views;
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

    /** Where grid files may be, in the order they are tried: the same in every JVM of one machine. */
    static List<Path> directories() {
        return SharedMemoryFile.directories();
    }

    static String fileName(long key) {
        return SharedMemoryFile.fileName(KIND, key);
    }

    /** The key that names this grid in task arguments. */
    public long key() {
        return key;
    }

    /** The backing file. */
    public Path path() {
        return file.path();
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
        return file.owner();
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
        file.close();
    }

    @Override
    public String toString() {
        return "SharedGrid[" + key + ", " + rows + "x" + cols + "x" + planes.length + ", " + file.path() + "]";
    }
}
