package corebench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a {@code perf} command to its end, its standard output and error together in a file, killed with
 * whatever it started after a timeout: how corebench's perf probes and reports run perf.
 *
 * @param exit   its exit status; {@link #NOT_STARTED}: it could not start, {@link #TIMED_OUT}: it took too long
 * @param output its whole output, or why it has none
 */
public record PerfRun(int exit, String output) {
    public static final int NOT_STARTED = -1;
    public static final int TIMED_OUT = -2;

    /** Runs {@code cmd} with its output in a temporary file, deleted afterwards. */
    public static PerfRun of(List<String> cmd, long timeoutSeconds) {
        Path out;
        try {
            out = Files.createTempFile("corebench-perf", ".txt");
        } catch (IOException e) {
            return new PerfRun(NOT_STARTED, "no temporary file for its output (" + e.getMessage() + ")");
        }
        try {
            return of(cmd, out, timeoutSeconds);
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                // left in the temporary folder: not worth failing a probe
            }
        }
    }

    /** Runs {@code cmd} with its output in {@code out}. */
    public static PerfRun of(List<String> cmd, Path out, long timeoutSeconds) {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        } catch (IOException e) {
            return new PerfRun(NOT_STARTED, cmd.get(0) + " cannot be started");
        }
        try {
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                kill(p);
                return new PerfRun(TIMED_OUT, "no answer within " + timeoutSeconds + " s");
            }
            return new PerfRun(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        } catch (IOException e) {
            kill(p);
            return new PerfRun(NOT_STARTED, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            return new PerfRun(TIMED_OUT, "interrupted");
        }
    }

    /** Its first line that is not blank, for a reason. */
    public String firstLine() {
        return output.lines().filter(l -> !l.isBlank()).findFirst().orElse("no output").strip();
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
