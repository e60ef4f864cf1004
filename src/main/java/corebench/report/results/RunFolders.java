package corebench.report.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of a results tree on disk, {@code results/<machine-id>/<timestamp>/jmh.json}: which folders
 * are machines and which are runs. Names only, no knowledge of the machine this code runs on. A symbolic
 * link among them is not a run: a folder received from someone else could point it anywhere.
 */
public final class RunFolders {

    private RunFolders() {
    }

    /** The newest run (by its timestamp name) in {@code results/<machine-id>/} that has a jmh.json. */
    public static Optional<Path> newestRun(Path machineFolder) {
        try {
            return subfolders(machineFolder).stream()
                    .filter(run -> Files.isRegularFile(run.resolve("jmh.json"), LinkOption.NOFOLLOW_LINKS))
                    .max(Comparator.comparing(run -> run.getFileName().toString()));
        } catch (ReportException e) {
            return Optional.empty();
        }
    }

    /** The folders directly inside {@code parent}, hidden ones left out. */
    public static List<Path> subfolders(Path parent) throws ReportException {
        if (!Files.isDirectory(parent)) {
            throw new ReportException(parent + ": no such folder (run a sweep first, or give a RESULT_DIR)");
        }
        try (Stream<Path> children = Files.list(parent)) {
            return new ArrayList<>(children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList());
        } catch (IOException e) {
            throw new ReportException(parent + ": cannot list (" + e.getMessage() + ")");
        }
    }
}
