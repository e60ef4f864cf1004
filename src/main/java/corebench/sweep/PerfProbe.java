package corebench.sweep;

import corebench.bench.PerfRun;
import corebench.format.HardwareEvents;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds whether Linux {@code perf} can count {@link HardwareEvents#EVENTS} here by running {@code perf stat -x, -e
 * <events> -- true} once: no perf, a refusal or an event not supported or counted makes them absent, with the reason.
 */
public final class PerfProbe {
    private static final long TIMEOUT_SECONDS = 10;
    /** At most this many characters of perf's own error line in the reason. */
    private static final int MAX_REASON = 200;

    private PerfProbe() {
    }

    /** Probes this machine with the {@code perf} on the PATH. */
    public static HardwareEvents probe() {
        return probe(List.of("perf"));
    }

    /** Probes with {@code perf}, the command that starts perf. */
    static HardwareEvents probe(List<String> perf) {
        List<String> cmd = new ArrayList<>(perf);
        cmd.addAll(List.of("stat", "-x,", "-e", HardwareEvents.EVENTS, "--", "true"));
        PerfRun run = PerfRun.of(cmd, TIMEOUT_SECONDS);
        return switch (run.exit()) {
            case PerfRun.NOT_STARTED -> HardwareEvents.absent("perf: not installed (" + run.firstLine() + ")");
            case PerfRun.TIMED_OUT -> HardwareEvents.absent("perf: " + run.firstLine());
            default -> parse(run.exit(), run.output());
        };
    }

    /**
     * Reads {@code perf stat -x,}'s output (one {@code value,unit,event,...} line per event, else an error text).
     *
     * @param exit   perf's exit status
     * @param output its standard output and error together
     */
    static HardwareEvents parse(int exit, String output) {
        List<String> events = List.of(HardwareEvents.EVENTS.split(","));
        List<String> missing = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        for (String line : output.split("\\R")) {
            String[] fields = line.split(",", -1);
            if (fields.length < 3 || !events.contains(fields[2])) {
                continue;
            }
            if (fields[0].startsWith("<")) {
                missing.add(fields[2] + " " + fields[0]);
            } else {
                counted.add(fields[2]);
            }
        }
        if (!missing.isEmpty()) {
            return HardwareEvents.absent("perf: " + String.join(", ", missing)
                    + " (no hardware counters: a virtual machine without a virtual PMU?)");
        }
        if (exit != 0 || counted.size() < events.size()) {
            String first = output.lines().filter(l -> !l.isBlank()).findFirst().orElse("no output").strip();
            first = first.substring(0, Math.min(first.length(), MAX_REASON));
            return HardwareEvents.absent("perf stat failed (exit " + exit + "): " + first);
        }
        return HardwareEvents.counted();
    }
}
