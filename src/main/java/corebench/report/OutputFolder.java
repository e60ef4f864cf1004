package corebench.report;

import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces an output folder as a whole: everything is written into a temporary folder beside it, which
 * then takes the folder's place by renames. A failure while writing deletes the temporary folder and
 * leaves the previous output as it was; a reader never sees a half-written folder.
 *
 * <p>Only a folder corebench wrote is ever replaced: each output gets a marker file ({@value #MARKER}),
 * and an existing target without it (a user's folder, {@code .}, {@code results/}, the home folder) is
 * refused before anything is written, unless it is empty.
 *
 * <p>Robust to interruption and to a second writer: a lock ({@link OutputLock}, a file beside the target while
 * it is written) lets one report or comparison write it at a time, and the other stops with one line; Ctrl-C, SIGTERM or
 * SIGHUP during the write deletes the temporary folder, and during the swap puts the previous output back; what
 * a {@code kill -9} leaves ({@code .<name>.new-*}, {@code .<name>.old-*}, corebench's own folders) the next run
 * into the same target deletes or, where the output itself is missing, restores. Folders are created with the
 * user's umask (a web server can serve them when the umask lets it), and an output above
 * {@link #MAX_BYTES} is refused.
 */
public final class OutputFolder {
    /** The file that marks a folder as corebench's own output, which the next run may replace. */
    public static final String MARKER = ".corebench-output";
    /** No output comes near this: a report of a 2-core default sweep is 3 MB, of the most scenarios a report takes about 300 MB. */
    public static final long MAX_BYTES = 1L << 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the contents of a folder. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path folder) throws IOException;
    }

    private OutputFolder() {
    }

    /**
     * Writes {@code target} anew with {@code writer}; the old {@code target}, if any, is replaced only on success.
     *
     * @throws ReportException if {@code target} exists and is not a folder corebench wrote (nor empty), another
     *                         corebench writes it now, or the output grew beyond {@link #MAX_BYTES}
     */
    public static void replace(Path target, Writer writer) throws IOException, ReportException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new ReportException(target + ": refusing to replace the file system's root; give an --out folder");
        }
        checkReplaceable(target, absolute);
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        try (OutputLock lock = OutputLock.take(absolute, target)) {
            recover(parent, name, absolute);
            checkReplaceable(target, absolute);
            Swap swap = new Swap(fresh(parent, name, "new"), absolute, parent, name);
            Thread hook = new Thread(() -> {
                swap.abandon();
                try {
                    lock.close();
                } catch (IOException e) {
                    // the OS releases the lock with the process; the next run takes over the file
                }
            }, "corebench-output-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                writer.writeInto(swap.temp);
                long bytes = size(swap.temp);
                if (bytes > MAX_BYTES) {
                    throw new ReportException(target + ": the output grew to " + (bytes >> 20) + " MB, more than the "
                            + (MAX_BYTES >> 20) + " MB an output may have; nothing was replaced");
                }
                Files.writeString(swap.temp.resolve(MARKER), "written by corebench; the next report or comparison into"
                        + " this folder replaces it as a whole\n");
                swap.run();
            } finally {
                swap.abandon();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook runs (again, harmlessly)
                }
            }
        }
    }

    /** Refuses a target that holds anything corebench did not write. */
    private static void checkReplaceable(Path target, Path absolute) throws IOException, ReportException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportException(target + ": exists and is not a folder; give a new or empty --out folder");
        }
        if (Files.isRegularFile(absolute.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(absolute)) {
            if (entries.findAny().isPresent()) {
                throw new ReportException(target + ": refusing to replace a folder corebench did not write (it has"
                        + " no " + MARKER + "); give a new or empty --out folder, or empty this one yourself");
            }
        }
    }

    /**
     * Cleans up after a run into the same target that was killed outright: deletes its temporary folders and
     * restores the previous output if the kill came between the two renames of the swap. Runs under the lock.
     */
    static void recover(Path parent, String name, Path target) throws IOException {
        Pattern own = Pattern.compile(Pattern.quote("." + name + ".") + "(new|old)-[0-9a-f]+");
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(p -> own.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path p : leftovers) {
            boolean old = p.getFileName().toString().startsWith("." + name + ".old-");
            if (old && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                move(p, target);
            } else {
                deleteRecursively(p);
            }
        }
    }

    /** A new folder {@code .<name>.<kind>-<random hex>} beside the target, created with the user's umask. */
    private static Path fresh(Path parent, String name, String kind) throws IOException {
        while (true) {
            Path p = parent.resolve("." + name + "." + kind + "-" + Long.toHexString(RANDOM.nextLong() >>> 1));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** The bytes of the files under {@code folder} (links not followed). */
    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /**
     * The swap of one output: the new folder in, the old one out. {@link #run} and {@link #abandon} exclude each
     * other, so a shutdown hook that abandons it finds the target either as it was or replaced, never missing.
     */
    private static final class Swap {
        private final Path temp;
        private final Path target;
        private final Path parent;
        private final String name;
        private Path old;

        Swap(Path temp, Path target, Path parent, String name) {
            this.temp = temp;
            this.target = target;
            this.parent = parent;
            this.name = name;
        }

        /** Moves the old folder aside, the new one in, then deletes the old one; restores it if the move fails. */
        synchronized void run() throws IOException {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(temp, target);
                return;
            }
            old = fresh(parent, name, "old");
            Files.delete(old);
            move(target, old);
            try {
                move(temp, target);
            } catch (IOException e) {
                move(old, target);
                throw e;
            }
            deleteRecursively(old);
        }

        /** Deletes what is left of this swap, putting the old output back if the new one is not in its place. */
        synchronized void abandon() {
            try {
                if (old != null && Files.exists(old, LinkOption.NOFOLLOW_LINKS) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(old, target);
                }
                deleteRecursively(temp);
                if (old != null) {
                    deleteRecursively(old);
                }
            } catch (IOException e) {
                // best effort: the next run into this target cleans up what is left (recover)
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
