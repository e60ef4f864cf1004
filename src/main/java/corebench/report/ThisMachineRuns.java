package corebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * Finds the default input of {@code corebench report}: the newest run of this machine under
 * {@code results/<machine-id>/<timestamp>/}. A run belongs to this machine when its {@code machine.json}
 * names the same CPU model and logical CPU count as OSHI sees here; when {@code results/} holds only one
 * machine folder, its newest run is taken whatever it says.
 *
 * <p>This is the one place that decides "this machine"; once the sweep computes machine ids itself, this
 * class can ask it instead of comparing CPU descriptions.
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
        if (machines.size() == 1) {
            return newestRun(machines.getFirst()).orElseThrow(() ->
                    new ReportException(machines.getFirst() + ": no run folder with a jmh.json"));
        }
        CentralProcessor cpu = new SystemInfo().getHardware().getProcessor();
        String model = cpu.getProcessorIdentifier().getName().trim();
        int logical = cpu.getLogicalProcessorCount();
        return machines.stream()
                .map(ThisMachineRuns::newestRun)
                .flatMap(Optional::stream)
                .filter(run -> describes(run.resolve("machine.json"), model, logical))
                .max(Comparator.comparing(run -> run.getFileName().toString()))
                .orElseThrow(() -> new ReportException(resultsRoot + ": no run of this machine (" + model + ", "
                        + logical + " logical CPUs) among " + machines.size() + " machine folders; give a RESULT_DIR"));
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

    private static boolean describes(Path machineJson, String model, int logical) {
        try {
            JsonNode cpu = new ObjectMapper().readTree(machineJson.toFile()).path("cpu");
            return cpu.path("logicalCores").asInt(-1) == logical && model.equals(cpu.path("model").asText("").trim());
        } catch (IOException e) {
            return false;
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
