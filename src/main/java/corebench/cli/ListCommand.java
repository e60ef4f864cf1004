package corebench.cli;

import corebench.bench.Workload;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.sweep.BuildInfo;
import corebench.sweep.MachineInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corebench list}: the models, the workloads, and the result folders already on disk. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the concurrency models, the workloads and the runs under the results folder.")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--results", paramLabel = "DIR", description = "Results folder to list (default: ${DEFAULT-VALUE}).")
    Path results = Path.of("results");

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        out.println("Models (--models):");
        for (ModelType k : Models.all()) {
            out.printf("  %-17s %s%n", k.id(), k.description());
        }
        out.println("Workloads (--workloads):");
        for (Workload w : Workload.all()) {
            out.printf("  %-17s %s%n", w.name(), w.description());
        }
        out.println("This machine: " + MachineInfo.currentMachineId() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
        out.println("Runs in " + results + ":");
        List<Path> runs = runs(results);
        if (runs.isEmpty()) {
            out.println("  (none yet: " + BuildInfo.launcher() + " sweep)");
        }
        for (Path run : runs) {
            out.println("  " + run);
        }
        return 0;
    }

    /** Every folder two levels down that holds a machine.json, oldest first. */
    private static List<Path> runs(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> s = Files.find(results, 2, (p, a) -> a.isDirectory() && Files.isRegularFile(p.resolve("machine.json")))) {
            return s.sorted().toList();
        }
    }
}
