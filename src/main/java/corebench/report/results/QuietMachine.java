package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import corebench.format.NoiseRecord;
import corebench.format.NoiseRecord.BusyProcess;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Judges the sweep's noise record ({@code noise.json}: what else ran on the machine while it measured, one
 * record per step in older runs, one per fork in runs of rounds, with {@code run} and {@code round}) and
 * warns about every core-count step during which the machine was not quiet: over the step's records, weighted
 * by their seconds, other processes took at least {@link #OTHER_PERCENT}% of its CPU time, or the hypervisor
 * stole at least {@link #STEAL_PERCENT}%. Such a step's results can be slower and noisier than the machine is.
 */
final class QuietMachine {
    /** Other processes' share of the machine's CPU time from which a step was not quiet. */
    static final double OTHER_PERCENT = 10;
    /** Steal time from which a step was not quiet (a VM whose host gives its CPUs to others). */
    static final double STEAL_PERCENT = 2;

    /** How each warning ends, so that the report can put it among the warnings that change the reading. */
    static final String ENDING = "its results may be slower and noisier than this machine can do";

    private QuietMachine() {
    }

    /** One warning per noisy step of the run in {@code folder}; none when it has no noise record (older runs). */
    static List<String> warnings(Path folder) {
        Path file = folder.resolve("noise.json");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        JsonNode steps;
        try {
            steps = JsonFiles.read(file).path("steps");
        } catch (ReportException e) {
            return List.of(e.getMessage() + "; whether the machine was quiet is unknown");
        }
        if (!steps.isArray()) {
            return List.of(file + ": no 'steps' array, so whether the machine was quiet is unknown");
        }
        Map<Integer, List<NoiseRecord>> byStep = new LinkedHashMap<>();
        steps.forEach(s -> JsonFiles.as(s, NoiseRecord.class)
                .ifPresent(r -> byStep.computeIfAbsent(r.cores(), k -> new ArrayList<>()).add(r)));
        List<String> warnings = new ArrayList<>();
        byStep.forEach((cores, records) -> {
            double other = weighted(records, NoiseRecord::otherCpuPercent);
            double steal = weighted(records, NoiseRecord::stealPercent);
            if (other >= OTHER_PERCENT || steal >= STEAL_PERCENT) {
                List<NoiseRecord> byTime = records.stream()
                        .sorted(Comparator.comparing((NoiseRecord r) -> Objects.requireNonNullElse(r.startedUtc(), ""))).toList();
                warnings.add(file + ": the machine was not quiet during the " + cores + "-core step ("
                        + orUnknown(byTime.getFirst().startedUtc()) + " to " + orUnknown(byTime.getLast().finishedUtc())
                        + "): " + describe(byTime, other, steal) + "; " + ENDING);
            }
        });
        return warnings;
    }

    /** A field's mean over the records, weighted by their {@code seconds} (equally when a record has none). */
    private static double weighted(List<NoiseRecord> records, ToDoubleFunction<NoiseRecord> field) {
        double sum = 0;
        double weights = 0;
        for (NoiseRecord r : records) {
            double value = field.applyAsDouble(r);
            if (Double.isFinite(value)) {
                double weight = r.seconds() > 0 && Double.isFinite(r.seconds()) ? r.seconds() : 1;
                sum += weight * value;
                weights += weight;
            }
        }
        return sum / weights;
    }

    private static String describe(List<NoiseRecord> byTime, double other, double steal) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "other processes used %.0f%% of its CPU time, steal %.1f%%", other, steal));
        if (byTime.size() > 1) {
            b.append(String.format(Locale.ROOT, " (over its %d forks; the worst fork: %.0f%% and %.1f%%)", byTime.size(),
                    byTime.stream().mapToDouble(NoiseRecord::otherCpuPercent).max().orElse(Double.NaN),
                    byTime.stream().mapToDouble(NoiseRecord::stealPercent).max().orElse(Double.NaN)));
        }
        b.append(String.format(Locale.ROOT, ", load average %.2f before and %.2f after",
                oneMinute(byTime.getFirst().loadBefore()), oneMinute(byTime.getLast().loadAfter())));
        Map<Long, BusyProcess> busiest = new LinkedHashMap<>();
        byTime.stream().filter(r -> r.busyProcesses() != null).flatMap(r -> r.busyProcesses().stream())
                .filter(Objects::nonNull)
                .forEach(p -> busiest.merge(p.pid(), p, (x, y) -> x.cpuPercent() >= y.cpuPercent() ? x : y));
        List<String> busy = busiest.values().stream()
                .sorted(Comparator.comparingDouble(BusyProcess::cpuPercent).reversed())
                .limit(NoiseRecord.TOP).map(p -> String.format(Locale.ROOT, "%s (pid %d, %.0f%% of a CPU)",
                        Untrusted.shown(Objects.requireNonNullElse(p.command(), "")), p.pid(), p.cpuPercent()))
                .toList();
        if (!busy.isEmpty()) {
            b.append("; busiest: ").append(String.join(", ", busy));
        }
        return b.toString();
    }

    private static String orUnknown(String utc) {
        return utc == null ? "?" : Untrusted.shown(utc);
    }

    private static double oneMinute(double[] loadAverages) {
        return loadAverages == null || loadAverages.length == 0 ? 0 : loadAverages[0];
    }
}
