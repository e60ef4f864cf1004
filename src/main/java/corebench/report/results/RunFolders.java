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

    /**
     * The newest run of {@code results/<machine-id>/} that finished ({@code machine.json} says complete), or, if
     * none did, its newest run (the comparison then names it as unfinished).
     */
    public static Optional<Path> newestCompleteRun(Path machineFolder) {
        Optional<Path> newest = newestRun(machineFolder);
        try {
            return subfolders(machineFolder).stream()
                    .filter(run -> Files.isRegularFile(run.resolve("jmh.json")))
                    .filter(RunFolders::complete)
                    .max(Comparator.comparing(run -> run.getFileName().toString()))
                    .or(() -> newest);
        } catch (ReportException e) {
            return newest;
        }
    }

    /**
     * The machine folders directly inside a folder of many machines' results (e.g. {@code results/}, or the
     * folders brought back from a fleet), by name: those that hold a run; empty if {@code folder} is not one.
     */
    public static List<Path> machineFolders(Path folder) {
        if (Files.isRegularFile(folder.resolve("jmh.json"))) {
            return List.of();
        }
        try {
            return subfolders(folder).stream().filter(m -> newestRun(m).isPresent())
                    .sorted(Comparator.comparing(m -> m.getFileName().toString())).toList();
        } catch (ReportException e) {
            return List.of();
        }
    }

    private static boolean complete(Path run) {
        Path manifest = run.resolve("machine.json");
        try {
            return Files.isRegularFile(manifest) && Boolean.TRUE.equals(Machine.complete(JsonFiles.read(manifest)));
        } catch (ReportException e) {
            return false;
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
