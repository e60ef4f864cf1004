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
 * Makes sure only one measurement runs on this machine at a time: corebench's own lock (held for the
 * whole sweep, naming who holds it) and a check of JMH's machine-wide lock, which JMH would otherwise
 * report only after the first benchmark failed.
 *
 * <p>corebench's lock lives in a folder of this user's own ({@code <tmp>/corebench-<user>/}, created 0700;
 * refused if it is a link, another user's, or writable by others) and is created 0600 without following links:
 * another user can neither lock this user out for good nor point the lock at a file of theirs. Sweeps of two
 * users at once are still kept apart by JMH's machine-wide lock, which is checked here too.
 */
public final class SweepLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails with a message saying who has it. */
    public static SweepLock acquire(Path tmpDir, String owner) throws IOException {
        Path file = userFolder(tmpDir).resolve("sweep.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), ownerOnly("rw-------"));
        } catch (IOException e) {
            throw new IOException("cannot open the sweep lock " + file + ": " + (Files.isSymbolicLink(file)
                    ? "it is a symbolic link; remove it" : e instanceof FileSystemException f
                    ? RunFolder.reason(f) : e.getMessage()), e);
        }
        FileLock lock = tryLock(channel);
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

    /** {@code <tmp>/corebench-<user>/}, created 0700 if missing; refused unless it is this user's own, writable by no one else. */
    static Path userFolder(Path tmpDir) throws IOException {
        String user = System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = tmpDir.resolve("corebench-" + user);
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

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
        }
        return new FileAttribute<?>[0];
    }

    /** Fails if another JMH run holds JMH's lock file in {@code tmpDir}. */
    static void checkJmhLockFree(Path tmpDir) throws IOException {
        Path jmhLock = tmpDir.resolve("jmh.lock");
        try (FileChannel ch = FileChannel.open(jmhLock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock l = tryLock(ch);
            if (l == null) {
                throw new IOException("another JMH run holds " + jmhLock + "; wait for it to finish "
                        + "(JMH allows one run per machine so that runs do not disturb each other)");
            }
            l.release();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
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
