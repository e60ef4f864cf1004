package corebench.report.compare;

import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ReportException;
import corebench.report.results.ResultsReader;
import corebench.report.results.RunFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the machines of a comparison from the command line's folders: each a run folder
 * ({@code results/<machine-id>/<timestamp>}), a machine folder ({@code results/<machine-id>}, meaning
 * its newest complete run) or a folder of machine folders ({@code results/}, a fleet's results brought home:
 * every machine in it, by name). Refuses, with one line, a folder given twice, fewer than two folders, and labels that
 * name no given folder or clash; a folder the reporter cannot read fails with the reporter's message.
 */
public final class Contenders {

    private Contenders() {
    }

    /**
     * The machines in comparison order: the baseline first, then the others as given.
     *
     * @param folders  the RESULT_DIRs
     * @param baseline the baseline's folder ({@code null}: the first); added if it is not among {@code folders}
     * @param labels   folder to name, for {@code --label DIR=NAME}
     */
    public static List<Contender> read(List<Path> folders, Path baseline, Map<Path, String> labels)
            throws ReportException {
        List<Path> given = new ArrayList<>(folders);
        if (baseline != null) {
            Path key = key(baseline);
            given.removeIf(f -> key(f).equals(key));
            given.addFirst(baseline);
        }
        Map<Path, Path> runs = new LinkedHashMap<>();
        Map<Path, Path> givenAs = new HashMap<>();
        for (Path folder : given) {
            List<Path> machines = RunFolders.machineFolders(folder);
            if (machines.isEmpty()) {
                Path run = runFolder(folder);
                Path earlier = givenAs.putIfAbsent(key(run), folder);
                if (earlier != null) {
                    String also = earlier.equals(folder) ? "" : " (also as " + earlier + ")";
                    throw new ReportException(folder + ": given twice" + also
                            + "; compare needs a different results folder per machine");
                }
                runs.put(folder, run);
            }
            for (Path machine : machines) {
                // a folder of many machines: each machine's newest complete run, unless also given on its own
                Path run = runFolder(machine);
                if (givenAs.putIfAbsent(key(run), machine) == null) {
                    runs.put(machine, run);
                }
            }
        }
        if (runs.size() < 2) {
            throw new ReportException("compare needs at least two results folders, one per machine; got "
                    + runs.size() + " (" + given.getFirst() + ")");
        }
        Map<Path, String> names = names(runs, labels);
        List<Contender> contenders = new ArrayList<>();
        for (Map.Entry<Path, Path> e : runs.entrySet()) {
            RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(e.getValue())));
            contenders.add(new Contender(names.get(e.getKey()), e.getValue(), analysis));
        }
        return defaultLabels(contenders);
    }

    /** A machine folder stands for its newest complete run; anything else is read as a run folder. */
    private static Path runFolder(Path folder) {
        if (Files.isDirectory(folder) && !Files.exists(folder.resolve("jmh.json"))) {
            return RunFolders.newestCompleteRun(folder).orElse(folder);
        }
        return folder;
    }

    /** The user's labels by given folder; a folder without one is absent (named after its machine later). */
    private static Map<Path, String> names(Map<Path, Path> runs, Map<Path, String> labels) throws ReportException {
        Map<Path, String> names = new HashMap<>();
        for (Map.Entry<Path, String> label : labels.entrySet()) {
            Path key = key(label.getKey());
            Path folder = runs.entrySet().stream()
                    .filter(e -> key(e.getKey()).equals(key) || key(e.getValue()).equals(key))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new ReportException("--label " + label.getKey() + "=" + label.getValue() + ": "
                            + label.getKey() + " is not one of the results folders to compare"));
            String name = label.getValue().strip();
            if (name.isEmpty()) {
                throw new ReportException("--label " + label.getKey() + "=: the name is empty");
            }
            if (names.containsValue(name)) {
                throw new ReportException("--label: the name '" + name + "' is given to two folders");
            }
            names.put(folder, name);
        }
        return names;
    }

    /**
     * Machines without a label are called by their machine id; two runs of one machine id get their run
     * folder's name added. A clash that remains needs {@code --label}.
     */
    private static List<Contender> defaultLabels(List<Contender> contenders) throws ReportException {
        List<Contender> named = new ArrayList<>();
        for (Contender c : contenders) {
            String id = c.analysis().results().machineId();
            boolean shared = contenders.stream().filter(o -> o.label() == null)
                    .filter(o -> o.analysis().results().machineId().equals(id)).count() > 1;
            String label = c.label() != null ? c.label() : shared ? id + " " + c.folder().getFileName() : id;
            if (named.stream().anyMatch(o -> o.label().equals(label))) {
                throw new ReportException(c.folder() + ": would be called '" + label
                        + "' like another folder; name the machines with --label DIR=NAME");
            }
            named.add(new Contender(label, c.folder(), c.analysis()));
        }
        return named;
    }

    /** A folder's identity: its real path if it exists (so {@code a/../a} and a link are the same folder). */
    private static Path key(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
