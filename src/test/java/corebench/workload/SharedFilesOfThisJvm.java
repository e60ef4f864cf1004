package corebench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared-memory files this test JVM created and has not deleted ({@code corebench-<kind>-<pid>-*} in
 * /dev/shm or java.io.tmpdir): filtered by this JVM's pid, so other JVMs' files on the machine do not count.
 */
public final class SharedFilesOfThisJvm {

    private SharedFilesOfThisJvm() {
    }

    /** Files of {@code kind} ({@code queue}, {@code pingpong}) made by this JVM that still exist. */
    public static List<Path> left(String kind) {
        String prefix = "corebench-" + kind + "-" + ProcessHandle.current().pid() + "-";
        return Stream.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir"))).filter(Files::isDirectory)
                .flatMap(SharedFilesOfThisJvm::list).filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
