package corebench.report.results;

import java.nio.file.Path;
import java.util.List;

/**
 * The measurements of one machine, read from one or more results folders, and what was wrong with them.
 *
 * @param folders      the results folders, as given
 * @param machine      what they ran on ({@link Machine#unknown()} without a {@code machine.json})
 * @param measurements every usable corebench result
 * @param warnings     one line per problem that did not stop the report (file and problem named)
 * @param capacity     what the machine delivered per core-count step ({@link StepCapacity}); empty when the
 *                     sweep did not record it (older runs)
 */
public record RunResults(List<Path> folders, Machine machine, List<Measurement> measurements, List<String> warnings,
                         List<StepCapacity> capacity) {

    public RunResults {
        folders = List.copyOf(folders);
        measurements = List.copyOf(measurements);
        warnings = List.copyOf(warnings);
        capacity = List.copyOf(capacity);
    }

    /**
     * The machine id for output folders: {@code machine.json}'s, else the name of the folder above the
     * run folder ({@code results/<machine-id>/<timestamp>}) if that is a safe name ({@link MachineIds}).
     */
    public String machineId() {
        if (machine.machineId() != null) {
            return machine.machineId();
        }
        Path parent = folders.getFirst().toAbsolutePath().normalize().getParent();
        String name = parent != null && parent.getFileName() != null ? parent.getFileName().toString() : null;
        return MachineIds.safe(name) ? name : "unknown-machine";
    }
}
