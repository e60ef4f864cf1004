package corebench.report;

import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Replaces an output folder as a whole: everything is written into a temporary folder beside it, which
 * then takes the folder's place by renames. A failure while writing deletes the temporary folder and
 * leaves the previous output as it was; a reader never sees a half-written folder.
 *
 * <p>Only a folder corebench wrote is ever replaced: each output gets a marker file ({@value #MARKER}),
 * and an existing target without it (a user's folder, {@code .}, {@code results/}, the home folder) is
 * refused before anything is written, unless it is empty.
 */
public final class OutputFolder {
    /** The file that marks a folder as corebench's own output, which the next run may replace. */
    public static final String MARKER = ".corebench-output";

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
     * @throws ReportException if {@code target} exists and is not a folder corebench wrote (nor empty)
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
        Path temp = Files.createTempDirectory(parent, "." + name + ".new-");
        try {
            writer.writeInto(temp);
            Files.writeString(temp.resolve(MARKER), "written by corebench; the next report or comparison into this"
                    + " folder replaces it as a whole\n");
            swap(temp, absolute, parent, name);
        } finally {
            deleteRecursively(temp);
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

    /** Moves the old folder aside, the new one in, then deletes the old one; restores it if the move fails. */
    private static void swap(Path temp, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            move(temp, target);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
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
