package corebench.cli;

import corebench.worker.JvmOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts corebench's real entry point in a child JVM with this test's class path, as scripts/corebench does. */
final class CorebenchProcess {
    private CorebenchProcess() {
    }

    /** Starts {@code corebench args...}, output to {@code log}, with its own temp dir (JMH's lock lives there). */
    static Process start(Path log, Path tmpDir, String... args) throws IOException {
        return start(List.of(), log, tmpDir, args);
    }

    /** As {@link #start(Path, Path, String...)}, behind a command prefix such as {@code taskset -c 0}. */
    static Process start(List<String> prefix, Path log, Path tmpDir, String... args) throws IOException {
        return start(prefix, System.getProperty("java.class.path"), log, tmpDir, args);
    }

    private static Process start(List<String> prefix, String classPath, Path log, Path tmpDir, String... args)
            throws IOException {
        return builder(prefix, classPath, tmpDir, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The command of {@link #start(List, Path, Path, String...)}, for a test that changes its environment. */
    static ProcessBuilder builder(List<String> prefix, Path tmpDir, String... args) {
        return builder(prefix, System.getProperty("java.class.path"), tmpDir, args);
    }

    private static ProcessBuilder builder(List<String> prefix, String classPath, Path tmpDir, String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JvmOptions.cli());
        cmd.addAll(JvmOptions.vector());
        cmd.addAll(List.of("-Djava.io.tmpdir=" + tmpDir, "-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** Runs {@code corebench args...} to its end with {@code classPath} (e.g. this test's plus a model jar). */
    static Process runToEnd(String classPath, Path log, Path tmpDir, int minutes, String... args)
            throws IOException, InterruptedException {
        return waitFor(start(List.of(), classPath, log, tmpDir, args), log, minutes, args);
    }

    /**
     * Runs {@code corebench args...} behind {@code prefix} to its end; past {@code minutes} it is killed with
     * its descendants and the test fails with its output.
     */
    static Process runToEnd(List<String> prefix, Path log, Path tmpDir, int minutes, String... args)
            throws IOException, InterruptedException {
        return waitFor(start(prefix, log, tmpDir, args), log, minutes, args);
    }

    private static Process waitFor(Process p, Path log, int minutes, String... args) throws IOException, InterruptedException {
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("corebench " + String.join(" ", args) + " did not finish in " + minutes
                    + " minutes:\n" + Files.readString(log));
        }
        return p;
    }
}
