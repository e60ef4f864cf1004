package corebench.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes sure only one measurement runs on this machine at a time: corebench's own lock, held for the whole sweep and
 * naming who holds it, and a check of JMH's machine-wide lock, which JMH would report only after a benchmark failed.
 *
 * <p>corebench's lock is per user: {@code /tmp/corebench-<uid>/sweep.lock}, its folder created 0700 and refused if it
 * is a link, another user's or writable by others, the file created 0600 without following links, so that no other
 * user can lock this one out or point the lock at a file of theirs. {@value #LOCK_ROOT_PROPERTY} moves the folder
 * (tests). Two users' sweeps are kept apart by JMH's lock, checked without following a link or creating it.
 */
public final class SweepLock implements AutoCloseable {
    /** The system property naming the folder that holds the per-user lock folder instead of {@code /tmp}. */
    public static final String LOCK_ROOT_PROPERTY = "corebench.lockRoot";
    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock or fails with a message saying who has it; then checks that no JMH run holds JMH's lock in
     * {@code tmpDir}, the {@code java.io.tmpdir} the sweep's JMH JVMs get.
     */
    public static SweepLock acquire(Path tmpDir, String owner) throws IOException {
        return acquire(lockRoot(), tmpDir, owner);
    }

    /** As {@link #acquire(Path, String)} with the per-user folder under {@code lockRoot} (tests). */
    static SweepLock acquire(Path lockRoot, Path tmpDir, String owner) throws IOException {
        Path file = userFolder(lockRoot).resolve("sweep.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), ownerOnly("rw-------"));
        } catch (IOException e) {
            throw new IOException("cannot open the sweep lock " + file + ": " + (Files.isSymbolicLink(file)
                    ? "it is a symbolic link; remove it" : e instanceof FileSystemException f
                    ? RunFolder.reason(f) : e.getMessage()), e);
        }
        FileLock lock = tryLock(channel, false);
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new IOException("another corebench sweep is running on this machine (" + holder
                    + "); wait for it to finish: two sweeps at once would measure each other");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " (user "
                + System.getProperty("user.name") + ", " + ProcessHandle.current().info().commandLine().map(c -> "command "
                + (c.length() > 200 ? c.substring(0, 200) + "..." : c)).orElse("command unknown") + "), " + owner)
                .getBytes(StandardCharsets.UTF_8)));
        checkJmhLockFree(tmpDir);
        return new SweepLock(channel, lock);
    }

    /** Where the per-user lock folders are: {@value #LOCK_ROOT_PROPERTY} if set, else {@code /tmp} or the JVM's temp dir. */
    static Path lockRoot() {
        String root = System.getProperty(LOCK_ROOT_PROPERTY);
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        Path tmp = Path.of("/tmp");
        return Files.isDirectory(tmp) ? tmp : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** {@code <root>/corebench-<uid>/}, created 0700 if missing; refused unless it is this user's own, writable by no one else. */
    static Path userFolder(Path root) throws IOException {
        Path folder = root.resolve("corebench-" + userId());
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, ownerOnly("rwx------"));
            } catch (FileAlreadyExistsException e) {
                // another sweep of this user made it a moment ago: checked below like any existing one
            }
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " is not a folder (a link or a file): remove it; corebench keeps its sweep lock there");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            PosixFileAttributes a = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String me = System.getProperty("user.name");
            if (!a.owner().getName().equals(me) || a.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    || a.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException(folder + " belongs to " + a.owner().getName() + " with permissions "
                        + PosixFilePermissions.toString(a.permissions()) + ": corebench keeps " + me
                        + "'s sweep lock only in a folder of " + me + "'s own, writable by no one else; remove it");
            }
        }
        return folder;
    }

    /** This user's numeric id where the OS has one (a name can be renamed), else the user name made file-safe. */
    static String userId() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
        }
        return new FileAttribute<?>[0];
    }

    /**
     * Fails if another JMH run holds JMH's lock file in {@code tmpDir}, or that file is a link or not a regular file
     * (JMH would follow it). Opened for reading only, without following links or creating it: a missing one is free.
     */
    static void checkJmhLockFree(Path tmpDir) throws IOException {
        Path jmhLock = tmpDir.resolve("jmh.lock");
        if (!Files.exists(jmhLock, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(jmhLock, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(jmhLock + " is " + (Files.isSymbolicLink(jmhLock) ? "a symbolic link" : "not a regular file")
                    + ": JMH would follow it and create or lock the file it points to; remove it");
        }
        try (FileChannel ch = FileChannel.open(jmhLock, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            FileLock l = tryLock(ch, true);
            if (l == null) {
                throw new IOException("another JMH run holds " + jmhLock + "; wait for it to finish "
                        + "(JMH allows one run per machine so that runs do not disturb each other)");
            }
            l.release();
        } catch (FileSystemException e) {
            throw new IOException("cannot check JMH's lock " + jmhLock + ": " + RunFolder.reason(e), e);
        }
    }

    /** A shared lock needs only a channel open for reading, and is refused while another process holds an exclusive one. */
    private static FileLock tryLock(FileChannel channel, boolean shared) throws IOException {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
