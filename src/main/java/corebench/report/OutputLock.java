package corebench.report;

import corebench.report.results.ReportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * One writer at a time for an output folder: a lock file {@code .<name>.lock} beside it, held with an OS
 * file lock (released by the OS when the process dies, however it dies) and deleted on {@link #close}. A lock
 * counts only when the file at the path is the one locked: a writer that locked a file another has just
 * deleted sees its token missing from the path and tries again.
 */
final class OutputLock implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private OutputLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code target} (whose parent exists).
     *
     * @throws ReportException if another process (or thread) holds it
     */
    static OutputLock take(Path target, Path shownAs) throws IOException, ReportException {
        Path path = target.resolveSibling("." + target.getFileName() + ".lock");
        while (true) {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ReportException(shownAs + ": another corebench report or compare is writing this folder now;"
                        + " run again when it has finished");
            }
            byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            if (Arrays.equals(token, contents(path))) {
                return new OutputLock(path, channel, lock);
            }
            channel.close(); // locked a file that was deleted meanwhile: try the one at the path now
        }
    }

    private static byte[] contents(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(64);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    /** Deletes the lock file, then releases the lock; once (a shutdown hook may call it too). */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(path);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
