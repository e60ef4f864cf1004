package corebench.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces an output folder as a whole: everything is written into a temporary folder beside it, which
 * then takes the folder's place by renames. A failure while writing deletes the temporary folder and
 * leaves the previous output as it was; a reader never sees a half-written folder.
 */
public final class OutputFolder {

    /** Writes the contents of a folder. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path folder) throws IOException;
    }

    private OutputFolder() {
    }

    /** Writes {@code target} anew with {@code writer}; the old {@code target}, if any, is replaced only on success. */
    public static void replace(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path temp = Files.createTempDirectory(parent, "." + name + ".new-");
        try {
            writer.writeInto(temp);
            swap(temp, absolute, parent, name);
        } finally {
            deleteRecursively(temp);
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
