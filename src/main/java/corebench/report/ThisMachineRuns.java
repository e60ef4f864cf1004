package corebench.report;

import corebench.report.results.ReportException;
import corebench.sweep.MachineInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the default input of {@code corebench report}: the newest run of this machine, i.e. under
 * {@code results/<machine-id>/} with the id the sweep gives this machine ({@link MachineInfo#currentMachineId});
 * when {@code results/} holds only one machine folder (say, a run made with {@code --machine-id}), its
 * newest run is taken whatever its name.
 */
public final class ThisMachineRuns {

    private ThisMachineRuns() {
    }

    /** The newest run folder of this machine under {@code resultsRoot}. */
    public static Path newest(Path resultsRoot) throws ReportException {
        List<Path> machines = folders(resultsRoot);
        if (machines.isEmpty()) {
            throw new ReportException(resultsRoot + ": no results yet (run a sweep first, or give a RESULT_DIR)");
        }
        String id = MachineInfo.currentMachineId();
        Path mine = resultsRoot.resolve(id);
        Path machine = machines.size() == 1 ? machines.getFirst() : mine;
        if (!Files.isDirectory(machine)) {
            throw new ReportException(resultsRoot + ": no run of this machine (" + id + ") among " + machines.size()
                    + " machine folders; give a RESULT_DIR");
        }
        return newestRun(machine).orElseThrow(() -> new ReportException(machine + ": no run folder with a jmh.json"));
    }

    /** The newest run (by its timestamp name) in {@code results/<machine-id>/} that has a jmh.json. */
    private static Optional<Path> newestRun(Path machineFolder) {
        try {
            return folders(machineFolder).stream()
                    .filter(run -> Files.isRegularFile(run.resolve("jmh.json")))
                    .max(Comparator.comparing(run -> run.getFileName().toString()));
        } catch (ReportException e) {
            return Optional.empty();
        }
    }

    private static List<Path> folders(Path parent) throws ReportException {
        if (!Files.isDirectory(parent)) {
            throw new ReportException(parent + ": no such folder (run a sweep first, or give a RESULT_DIR)");
        }
        try (Stream<Path> children = Files.list(parent)) {
            return new ArrayList<>(children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList());
        } catch (IOException e) {
            throw new ReportException(parent + ": cannot list (" + e.getMessage() + ")");
        }
    }
}
