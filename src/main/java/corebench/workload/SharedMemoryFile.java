package corebench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file that processes of this machine map to share memory: the shared grids and the mapped totals both
 * live in one. It is named by a kind and a {@code long} key alone, {@code corebench-<kind>-<pid>-<n>} (the key
 * being {@code pid << 32 | n}, pid the creator's and n random, {@link #newKey()}: another process cannot guess
 * a run's files from its pid), so a task that carries only numbers can find it; it lies in
 * /dev/shm where that is writable (memory, never written to a disk), else in java.io.tmpdir, which every JVM
 * of a run then shares (corebench passes it on to the JVMs it starts).
 *
 * <p>Nothing is left behind: the creator makes the file readable and writable by its user only, removes it on
 * {@link #close()} and, for files not closed (a benchmark that failed before its tear-down), when the JVM
 * exits; files whose creator died without exiting (SIGKILL) are removed by the next create of their kind on
 * the machine. A mapping outlives its file's removal until the buffer is collected (Java 21 has no safe unmap).
 */
public final class SharedMemoryFile implements AutoCloseable {
    private static final String PREFIX = "corebench-";
    private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean EXIT_HOOK = new AtomicBoolean();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path SHM = Path.of("/dev/shm");
    private static final AtomicBoolean ON_DISK_WARNED = new AtomicBoolean();

    private final Path path;
    private final boolean owner;
    private volatile boolean closed;

    private SharedMemoryFile(Path path, boolean owner) {
        this.path = path;
        this.owner = owner;
    }

    /**
     * Creates the zero-filled file of {@code kind} and {@code key}, {@code bytes} long, in the first directory
     * with room, after removing the files of that kind whose creators are dead.
     *
     * @throws FileAlreadyExistsException if it exists (left by a dead process that had our pid: take another key)
     * @throws UncheckedIOException       if it cannot be created; nothing is left behind
     */
    public static SharedMemoryFile create(String kind, long key, long bytes) throws FileAlreadyExistsException {
        Path dir = directoryFor(bytes);
        removeFilesOfDeadProcesses(dir, kind);
        Path path = dir.resolve(fileName(kind, key));
        try {
            Files.createFile(path, ownerOnly());
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create shared memory file " + path + ": " + e.getMessage(), e);
        }
        registerForExit(path);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            // a sparse file of the full size: pages appear as they are touched
            ch.write(ByteBuffer.allocate(1), bytes - 1);
        } catch (IOException e) {
            SharedMemoryFile failed = new SharedMemoryFile(path, true);
            failed.close();
            throw new UncheckedIOException("cannot size shared memory file " + path + ": " + e.getMessage(), e);
        }
        return new SharedMemoryFile(path, true);
    }

    /**
     * The existing file of {@code kind} and {@code key}, which another JVM (or this one) created.
     *
     * @throws IllegalStateException if there is none: closed already, or created on another machine or with
     *                               another java.io.tmpdir where /dev/shm is missing
     */
    public static SharedMemoryFile open(String kind, long key) {
        for (Path dir : directories()) {
            Path p = dir.resolve(fileName(kind, key));
            if (Files.exists(p)) {
                return new SharedMemoryFile(p, false);
            }
        }
        throw new IllegalStateException("no shared " + kind + " with key " + key + " (" + fileName(kind, key) + " in "
                + directories() + "): closed already, created on another machine, or java.io.tmpdir differs from its creator's");
    }

    /** The existing file at {@code path} (named by {@link #fileName}), which another JVM created and passed on. */
    public static SharedMemoryFile open(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().startsWith(PREFIX)) {
            throw new IllegalStateException("shared memory file " + path + " does not exist: its creator closed it");
        }
        return new SharedMemoryFile(path, false);
    }

    /** Maps {@code length} bytes from {@code offset}, read-write; the mapping stays valid after the channel closes. */
    public MappedByteBuffer map(long offset, long length) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return ch.map(FileChannel.MapMode.READ_WRITE, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map shared memory file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code length} bytes at {@code position} without mapping them (a header: no mapping to keep). */
    public ByteBuffer read(long position, int length) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(length);
            while (b.hasRemaining() && ch.read(b, position + b.position()) >= 0) {
                // until full or at the end of the file
            }
            return b.flip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shared memory file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code bytes} at {@code position} without mapping them. */
    public void write(long position, ByteBuffer bytes) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes, position + bytes.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write shared memory file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file's length in bytes. */
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** Whether this JVM created the file (and removes it). */
    public boolean owner() {
        return owner;
    }

    /** The creator removes the file; another JVM only lets go of it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (owner) {
            try {
                Files.deleteIfExists(path);
                OWNED.remove(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove shared memory file " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /** A new key of this process: its pid and 32 random bits (a file's name must say whose it is, for the clean-up). */
    public static long newKey() {
        return (ProcessHandle.current().pid() << 32) | (RANDOM.nextInt() & 0xFFFF_FFFFL);
    }

    /** {@code corebench-<kind>-<pid>-<n>} of key {@code pid << 32 | n}. */
    public static String fileName(String kind, long key) {
        return PREFIX + kind + "-" + (key >>> 32) + "-" + (key & 0xFFFF_FFFFL);
    }

    /** Where the files may be, in the order they are tried: the same in every JVM of one run. */
    public static List<Path> directories() {
        List<Path> dirs = new ArrayList<>(2);
        if (Files.isDirectory(SHM) && Files.isWritable(SHM)) {
            dirs.add(SHM);
        }
        dirs.add(Path.of(System.getProperty("java.io.tmpdir")));
        return dirs;
    }

    private static Path directoryFor(long bytes) {
        for (Path dir : directories()) {
            try {
                if (Files.getFileStore(dir).getUsableSpace() >= bytes) {
                    if (!dir.equals(SHM) && ON_DISK_WARNED.compareAndSet(false, true)) {
                        System.err.println("corebench: warning: " + notInMemory(bytes).orElse("") + "; shared memory of "
                                + (bytes >> 20) + " MiB is a file in " + dir + ": results include the page cache");
                    }
                    return dir;
                }
            } catch (IOException e) {
                // not usable: try the next one
            }
        }
        throw new IllegalStateException("no room for " + (bytes >> 20) + " MiB of shared memory in " + directories());
    }

    /**
     * Why a file of {@code bytes} would not be in memory: /dev/shm is missing, not writable or has less room (it
     * would go to java.io.tmpdir, usually on a disk); empty if it fits in /dev/shm.
     */
    public static Optional<String> notInMemory(long bytes) {
        if (!Files.isDirectory(SHM) || !Files.isWritable(SHM)) {
            return Optional.of(SHM + " is missing or not writable");
        }
        try {
            long free = Files.getFileStore(SHM).getUsableSpace();
            return free >= bytes ? Optional.empty()
                    : Optional.of(SHM + " has " + (free >> 20) + " MiB free, less than the " + (bytes >> 20) + " MiB needed");
        } catch (IOException e) {
            return Optional.of(SHM + " cannot be read");
        }
    }

    /**
     * Removes the files of {@code kind} whose creating process no longer exists: in /dev/shm they would hold
     * memory until the next reboot. Files of other users are left alone (the directory's sticky bit refuses).
     */
    public static void removeFilesOfDeadProcesses(Path dir, String kind) {
        String prefix = PREFIX + kind + "-";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*")) {
            for (Path f : files) {
                String[] parts = f.getFileName().toString().substring(prefix.length()).split("-");
                if (parts.length == 2 && parts[0].matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(parts[0])).isEmpty()) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: what cannot be listed or removed is not ours to clean
        }
    }

    private static void registerForExit(Path path) {
        if (EXIT_HOOK.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> OWNED.forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    System.err.println("corebench: could not remove " + p + ": " + e.getMessage());
                }
            }), "corebench-shared-memory-cleanup"));
        }
        OWNED.add(path);
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
