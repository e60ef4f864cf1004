package corebench.cli;

import corebench.sweep.SweepLock;
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
        return start(prefix, List.of(), log, tmpDir, args);
    }

    /** As {@link #start(List, Path, Path, String...)}, with {@code jvmOptions} (e.g. a system property) for corebench's JVM. */
    static Process start(List<String> prefix, List<String> jvmOptions, Path log, Path tmpDir, String... args) throws IOException {
        return start(prefix, jvmOptions, System.getProperty("java.class.path"), log, tmpDir, args);
    }

    private static Process start(List<String> prefix, List<String> jvmOptions, String classPath, Path log, Path tmpDir,
                                 String... args) throws IOException {
        return builder(prefix, jvmOptions, classPath, tmpDir, args).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** The command of {@link #start(List, Path, Path, String...)}, for a test that changes its environment. */
    static ProcessBuilder builder(List<String> prefix, Path tmpDir, String... args) {
        return builder(prefix, List.of(), System.getProperty("java.class.path"), tmpDir, args);
    }

    private static ProcessBuilder builder(List<String> prefix, List<String> jvmOptions, String classPath, Path tmpDir,
                                          String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JvmOptions.cli());
        cmd.addAll(JvmOptions.vector());
        cmd.add("-Djava.io.tmpdir=" + tmpDir);
        // the tests' own sweep lock (pom.xml), so that they never meet a real sweep of this user
        String lockRoot = System.getProperty(SweepLock.LOCK_ROOT_PROPERTY);
        if (lockRoot != null) {
            cmd.add("-D" + SweepLock.LOCK_ROOT_PROPERTY + "=" + lockRoot);
        }
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** Runs {@code corebench args...} to its end with {@code classPath} (e.g. this test's plus a model jar). */
    static Process runToEnd(String classPath, Path log, Path tmpDir, int minutes, String... args)
            throws IOException, InterruptedException {
        return waitFor(start(List.of(), List.of(), classPath, log, tmpDir, args), log, minutes, args);
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
