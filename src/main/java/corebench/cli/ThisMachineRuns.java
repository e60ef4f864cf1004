package corebench.cli;

import corebench.report.results.ReportException;
import corebench.report.results.RunFolders;
import corebench.sweep.MachineInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the default input of {@code corebench report}: the newest run of this machine, i.e. under
 * {@code results/<machine-id>/} with the id the sweep gives this machine ({@link MachineInfo#currentMachineId});
 * when {@code results/} holds only one machine folder (say, a run made with {@code --machine-id}), its
 * newest run is taken whatever its name. It lives here, not in the reporter, because it probes this
 * machine's hardware: the reporter itself only reads files.
 */
final class ThisMachineRuns {

    private ThisMachineRuns() {
    }

    /** The newest run folder of this machine under {@code resultsRoot}. */
    static Path newest(Path resultsRoot) throws ReportException {
        List<Path> machines = RunFolders.subfolders(resultsRoot);
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
        return RunFolders.newestRun(machine).orElseThrow(() -> new ReportException(machine + ": no run folder with a jmh.json"));
    }
}
