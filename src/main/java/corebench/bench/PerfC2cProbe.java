package corebench.bench;

import corebench.format.HardwareEvents.CacheToCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds whether {@code perf c2c record} can sample memory accesses here, by running
 * {@code perf c2c record -o <temporary file> -- true} once (at most {@value #TIMEOUT_SECONDS} s): it works only if
 * perf ended well and wrote its samples. Elsewhere the reason is perf's first line ("failed: memory events not
 * supported" on a virtual machine without the PMU's memory sampling), a refusal or no perf binary.
 */
public final class PerfC2cProbe {
    static final long TIMEOUT_SECONDS = 10;
    /** At most this many characters of perf's own line in the reason. */
    private static final int MAX_REASON = 200;

    private PerfC2cProbe() {
    }

    /** Probes this machine with the {@code perf} on the PATH. */
    public static CacheToCache probe() {
        return probe(List.of("perf"));
    }

    /** Probes with {@code perf}, the command that starts perf. */
    static CacheToCache probe(List<String> perf) {
        Path folder;
        try {
            folder = Files.createTempDirectory("corebench-c2c-probe");
        } catch (IOException e) {
            return new CacheToCache(false, "perf c2c: no temporary folder to probe in (" + e.getMessage() + ")");
        }
        try {
            Path data = folder.resolve("probe.data");
            List<String> cmd = new ArrayList<>(perf);
            cmd.addAll(List.of("c2c", "record", "-o", data.toString(), "--", "true"));
            PerfRun run = PerfRun.of(cmd, folder.resolve("probe.txt"), TIMEOUT_SECONDS);
            return decide(run, Files.isRegularFile(data));
        } finally {
            PerfC2c.delete(folder);
        }
    }

    /** Whether {@code run} of {@code perf c2c record} worked: it ended with 0 and {@code wrote} its samples. */
    static CacheToCache decide(PerfRun run, boolean wrote) {
        if (run.exit() == 0 && wrote) {
            return new CacheToCache(true, null);
        }
        String why = switch (run.exit()) {
            case PerfRun.NOT_STARTED -> "perf: not installed (" + run.firstLine() + ")";
            case PerfRun.TIMED_OUT -> "perf c2c record: " + run.firstLine();
            default -> "perf c2c record failed (exit " + run.exit() + "): " + run.firstLine();
        };
        return new CacheToCache(false, why.substring(0, Math.min(why.length(), MAX_REASON)));
    }
}
