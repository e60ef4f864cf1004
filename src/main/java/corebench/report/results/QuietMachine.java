package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges the sweep's noise record ({@code noise.json}: per core-count step, what else ran on the machine
 * while it measured) and warns about every step during which the machine was not quiet: other processes
 * took at least {@link #OTHER_PERCENT}% of its CPU time, or the hypervisor stole at least
 * {@link #STEAL_PERCENT}%. Such a step's results can be slower and noisier than the machine is.
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
        List<String> warnings = new ArrayList<>();
        for (JsonNode s : steps) {
            double other = s.path("otherCpuPercent").asDouble(Double.NaN);
            double steal = s.path("stealPercent").asDouble(Double.NaN);
            if (other >= OTHER_PERCENT || steal >= STEAL_PERCENT) {
                warnings.add(file + ": the machine was not quiet during the " + s.path("cores").asInt() + "-core step ("
                        + Untrusted.shown(s.path("startedUtc").asText("?")) + " to "
                        + Untrusted.shown(s.path("finishedUtc").asText("?")) + "): "
                        + describe(s) + "; " + ENDING);
            }
        }
        return warnings;
    }

    private static String describe(JsonNode s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "other processes used %.0f%% of its CPU time, steal %.1f%%, load average %.2f before and %.2f after",
                s.path("otherCpuPercent").asDouble(), s.path("stealPercent").asDouble(),
                s.path("loadBefore").path(0).asDouble(), s.path("loadAfter").path(0).asDouble()));
        List<String> busy = new ArrayList<>();
        for (JsonNode p : s.path("busyProcesses")) {
            busy.add(String.format(Locale.ROOT, "%s (pid %d, %.0f%% of a CPU)", Untrusted.shown(p.path("command").asText()),
                    p.path("pid").asLong(), p.path("cpuPercent").asDouble()));
        }
        if (!busy.isEmpty()) {
            b.append("; busiest: ").append(String.join(", ", busy));
        }
        return b.toString();
    }
}
