package corebench.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure only one measurement runs on this machine at a time: corebench's own lock (held for the
 * whole sweep, naming who holds it) and a check of JMH's machine-wide lock, which JMH would otherwise
 * report only after the first benchmark failed.
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
        Path file = tmpDir.resolve("corebench-sweep.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new IOException("another corebench sweep is running on this machine (" + holder
                    + "); wait for it to finish: two sweeps at once would measure each other");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + owner).getBytes(StandardCharsets.UTF_8)));
        checkJmhLockFree(tmpDir);
        return new SweepLock(channel, lock);
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
