package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import corebench.format.SharedMemoryNote;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads results folders ({@code jmh.json} + {@code machine.json}, see docs/results-format.md) into one
 * {@link RunResults}. Fatal problems (nothing to report) throw a {@link ReportException}; everything else
 * becomes a warning and the report goes on with what is usable.
 */
public final class ResultsReader {

    /** The warning for a sweep that did not finish, after its file's name (the report shows it first). */
    /** How the warning about a step during which the machine was not quiet ends ({@link QuietMachine}). */
    public static final String NOT_QUIET = QuietMachine.ENDING;
    /** What the warning about results that missed their precision target says ({@link MissedTargets}). */
    public static final String MISSED_TARGETS = MissedTargets.MARK;
    /** What the warning about results that are not claimed says ({@link UnclaimedResults}). */
    public static final String UNCLAIMED = UnclaimedResults.MARK;
    public static final String UNFINISHED = "the sweep did not finish (complete=false), so the results are partial";
    /** The most results a report takes: a 2-core default sweep has 202, a 128-core one about 500. */
    public static final int MAX_RESULTS = 5000;
    /** The most scenarios a report draws (each several charts): a default sweep has under 50. */
    public static final int MAX_SCENARIOS = 250;


    private ResultsReader() {
    }

    /**
     * Reads and merges the folders, which must come from one machine (comparing machines is another
     * command). A result present in two folders is taken from the later one.
     */
    public static RunResults read(List<Path> folders) throws ReportException {
        if (folders.isEmpty()) {
            throw new ReportException("no results folder given");
        }
        List<String> warnings = new ArrayList<>();
        Machine machine = null;
        Path machineFolder = null;
        Map<String, Measurement> byIdentity = new LinkedHashMap<>();
        for (Path folder : folders) {
            Machine m = readMachine(folder, warnings);
            if (machine == null || !machine.known()) {
                machine = m;
                machineFolder = folder;
            } else if (m.known() && !sameMachine(machine, m)) {
                throw new ReportException(folder + " and " + machineFolder + " come from different machines ("
                        + m.machineId() + ", " + machine.machineId() + "): a report is about one machine");
            }
            warnings.addAll(QuietMachine.warnings(folder));
            for (Measurement measurement : readMeasurements(folder, m, warnings)) {
                Measurement earlier = byIdentity.put(measurement.identity(), measurement);
                if (earlier != null) {
                    warnings.add(measurement.source() + ": " + measurement.identity() + " is also in "
                            + earlier.source() + "; using " + measurement.source());
                }
            }
        }
        long scenarios = byIdentity.values().stream().map(Measurement::scenario).distinct().count();
        if (byIdentity.size() > MAX_RESULTS || scenarios > MAX_SCENARIOS) {
            throw new ReportException(String.join(", ", folders.stream().map(Path::toString).toList()) + ": "
                    + byIdentity.size() + " results in " + scenarios + " scenarios, more than a report takes (" + MAX_RESULTS
                    + " results, " + MAX_SCENARIOS + " scenarios; a real sweep has a few hundred results in under 50)");
        }
        List<StepCapacity> capacity = StepCapacity.of(byIdentity.values());
        for (StepCapacity step : capacity) {
            step.claim().ifPresent(claim -> {
                warnings.add(step.sentence());
                byIdentity.replaceAll((identity, m) -> m.restricted() && m.cores() == step.cores() && m.claimed()
                        ? m.unclaimed(claim) : m);
            });
        }
        warnings.addAll(MissedTargets.warnings(List.copyOf(byIdentity.values())));
        warnings.addAll(UnclaimedResults.warnings(List.copyOf(byIdentity.values())));
        return new RunResults(folders, machine, new ArrayList<>(byIdentity.values()), warnings, capacity);
    }

    private static boolean sameMachine(Machine a, Machine b) {
        return a.machineId() == null || b.machineId() == null ? a.logicalCores() == b.logicalCores()
                : a.machineId().equals(b.machineId());
    }

    private static Machine readMachine(Path folder, List<String> warnings) throws ReportException {
        requireFolder(folder);
        Path file = folder.resolve("machine.json");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            warnings.add(file + ": missing, so the machine is unknown");
            return Machine.unknown();
        }
        Machine machine;
        JsonNode root;
        try {
            root = JsonFiles.read(file);
            machine = Machine.of(root);
            StepTopology.problem(root).ifPresent(p -> warnings.add(file + ": " + p + "; the CPUs of the steps are not shown"));
        } catch (ReportException e) {
            warnings.add(e.getMessage() + "; the machine is unknown");
            return Machine.unknown();
        }
        for (JsonNode note : root.path("notes")) {
            if (SharedMemoryNote.is(note.asText(null))) {
                warnings.add(file + ": the shared grids were files on a disk-backed folder, not in memory (/dev/shm was"
                        + " missing or too small): the grid results include the page cache");
                break;
            }
        }
        if (machine.machineId() != null) {
            MachineIds.check(machine.machineId(), file);
        }
        if (!machine.known()) {
            warnings.add(file + ": has no cpu.logicalCores, so the machine is unknown");
        } else if (Boolean.FALSE.equals(machine.complete())) {
            warnings.add(file + ": " + UNFINISHED);
        }
        return machine;
    }

    private static List<Measurement> readMeasurements(Path folder, Machine machine, List<String> warnings)
            throws ReportException {
        Path file = folder.resolve("jmh.json");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportException(file + ": missing (is " + folder + " a corebench results folder?)");
        }
        JmhResults.Parsed parsed = JmhResults.parse(JsonFiles.read(file), file);
        if (parsed.results().isEmpty() && parsed.leftOut().isEmpty()) {
            throw new ReportException(file + ": no corebench results (" + parsed.foreign()
                    + " result(s) of other benchmarks, e.g. " + parsed.foreignExample() + ")");
        }
        if (parsed.results().isEmpty()) {
            throw new ReportException(file + ": no usable corebench results; all " + parsed.leftOut().size()
                    + " were left out, e.g. " + parsed.leftOut().getFirst());
        }
        parsed.leftOut().forEach(problem -> warnings.add(file + ": " + problem + "; left out"));
        if (parsed.withoutError() > 0) {
            warnings.add(file + ": " + parsed.withoutError() + " result(s) have no error estimate (too few"
                    + " iterations); their errors show as ?, and fits that use them are unweighted");
        }
        if (parsed.foreign() > 0) {
            warnings.add(file + ": ignored " + parsed.foreign() + " result(s) of other benchmarks, e.g. "
                    + parsed.foreignExample());
        }
        List<Measurement> measurements = new ArrayList<>();
        int unplaced = 0;
        for (JmhResults.Raw raw : parsed.results()) {
            if (raw.cores() == 0 && !machine.known()) {
                unplaced++;
                continue;
            }
            // An unrestricted JVM could use every CPU, but its workers can occupy at most `workers` of them.
            int cores = raw.cores() > 0 ? raw.cores() : Math.min(raw.workers(), machine.logicalCores());
            measurements.add(new Measurement(raw.scenario(), raw.model(), raw.workers(), cores, raw.cores() > 0,
                    raw.secondsPerOp(), raw.samples(), work(raw, machine, file, warnings), file, raw.forkSpread(),
                    raw.precision(), raw.claim(), raw.roundSeconds(), raw.capacity()));
        }
        if (unplaced > 0) {
            String problem = folder.resolve("machine.json") + ": no machine description, so " + unplaced
                    + " unrestricted result(s) (cores=0) cannot be placed on the cores axis";
            if (measurements.isEmpty()) {
                throw new ReportException(problem);
            }
            warnings.add(problem + "; left out");
        }
        return measurements;
    }

    /**
     * The work of one operation: what the result recorded (format 2 on), or for older results what their
     * parameters meant then ({@link LegacyWork}). Without a machine.json the format is unknown: a result
     * that records its work is taken at its word.
     */
    private static Map<String, Double> work(JmhResults.Raw raw, Machine machine, Path file, List<String> warnings) {
        boolean recorded = machine.formatVersion() >= 2 || machine.formatVersion() == 0 && !raw.counted().isEmpty();
        if (recorded) {
            return raw.counted();
        }
        try {
            return LegacyWork.of(raw.scenario(), raw.workers());
        } catch (IllegalArgumentException e) {
            warnings.add(file + ": " + raw.scenario().fullName() + ": cannot tell the work per operation ("
                    + e.getMessage() + "); counted in operations");
            return Map.of();
        }
    }

    private static void requireFolder(Path folder) throws ReportException {
        if (!Files.exists(folder)) {
            throw new ReportException(folder + ": no such results folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new ReportException(folder + ": not a folder (give a results folder, results/<machine-id>/<timestamp>)");
        }
    }
}
