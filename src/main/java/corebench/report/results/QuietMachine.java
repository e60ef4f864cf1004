package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

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

    /** The most busy processes a warning names (the sweep records at most 5 per record). */
    private static final int NAMED = 5;

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
        Map<Integer, List<JsonNode>> byStep = new LinkedHashMap<>();
        steps.forEach(s -> byStep.computeIfAbsent(s.path("cores").asInt(), k -> new ArrayList<>()).add(s));
        List<String> warnings = new ArrayList<>();
        byStep.forEach((cores, records) -> {
            double other = weighted(records, "otherCpuPercent");
            double steal = weighted(records, "stealPercent");
            if (other >= OTHER_PERCENT || steal >= STEAL_PERCENT) {
                List<JsonNode> byTime = records.stream()
                        .sorted(Comparator.comparing((JsonNode r) -> r.path("startedUtc").asText(""))).toList();
                warnings.add(file + ": the machine was not quiet during the " + cores + "-core step ("
                        + Untrusted.shown(byTime.getFirst().path("startedUtc").asText("?")) + " to "
                        + Untrusted.shown(byTime.getLast().path("finishedUtc").asText("?")) + "): "
                        + describe(byTime, other, steal) + "; " + ENDING);
            }
        });
        return warnings;
    }

    /**
     * A field's mean over the records that have it, weighted by their {@code seconds} (equally when a record has
     * none); {@code NaN} when none has it.
     */
    private static double weighted(List<JsonNode> records, String field) {
        double sum = 0;
        double weights = 0;
        for (JsonNode r : records) {
            double value = r.path(field).isNumber() ? r.path(field).asDouble() : Double.NaN;
            double seconds = r.path("seconds").isNumber() ? r.path("seconds").asDouble() : 0;
            if (Double.isFinite(value)) {
                double weight = seconds > 0 && Double.isFinite(seconds) ? seconds : 1;
                sum += weight * value;
                weights += weight;
            }
        }
        return sum / weights;
    }

    private static String describe(List<JsonNode> byTime, double other, double steal) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "other processes used %.0f%% of its CPU time, steal %.1f%%", other, steal));
        if (byTime.size() > 1) {
            b.append(String.format(Locale.ROOT, " (over its %d forks; the worst fork: %.0f%% and %.1f%%)", byTime.size(),
                    byTime.stream().mapToDouble(r -> r.path("otherCpuPercent").asDouble(Double.NaN)).max().orElse(Double.NaN),
                    byTime.stream().mapToDouble(r -> r.path("stealPercent").asDouble(Double.NaN)).max().orElse(Double.NaN)));
        }
        b.append(String.format(Locale.ROOT, ", load average %.2f before and %.2f after",
                byTime.getFirst().path("loadBefore").path(0).asDouble(), byTime.getLast().path("loadAfter").path(0).asDouble()));
        Map<Long, JsonNode> busiest = new LinkedHashMap<>();
        byTime.forEach(r -> r.path("busyProcesses").forEach(p -> busiest.merge(p.path("pid").asLong(), p,
                (x, y) -> x.path("cpuPercent").asDouble() >= y.path("cpuPercent").asDouble() ? x : y)));
        List<String> busy = busiest.values().stream()
                .sorted(Comparator.comparingDouble((JsonNode p) -> p.path("cpuPercent").asDouble()).reversed())
                .limit(NAMED).map(p -> String.format(Locale.ROOT, "%s (pid %d, %.0f%% of a CPU)",
                        Untrusted.shown(p.path("command").asText()), p.path("pid").asLong(), p.path("cpuPercent").asDouble()))
                .toList();
        if (!busy.isEmpty()) {
            b.append("; busiest: ").append(String.join(", ", busy));
        }
        return b.toString();
    }
}
