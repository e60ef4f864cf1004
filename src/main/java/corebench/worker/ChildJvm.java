package corebench.worker;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts child JVMs the way the process models need them: this JVM's own java binary and class path, the
 * Vector API module, the same processor count this JVM sees, class-data sharing where available, and the
 * full JIT (never {@code -XX:TieredStopAtLevel=1}: the SIMD kernel runs hundreds of times slower without
 * C2). stdin and stdout are pipes for the protocol; stderr goes where this JVM's stderr goes (the run log).
 *
 * <p>Every child started here is tracked until it exits, and a shutdown hook kills the ones still alive,
 * so a parent that is stopped softly (Ctrl-C, SIGTERM, System.exit) leaves nothing behind. A parent killed
 * with SIGKILL runs no hook: then the children see their stdin close and exit by themselves.
 */
public final class ChildJvm {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("corebench-child-killer").unstarted(
                () -> LIVE.forEach(Process::destroyForcibly)));
    }

    private ChildJvm() {
    }

    /** The command line that runs {@code mainClass} with {@code args} in a child JVM. */
    public static List<String> command(Class<?> mainClass, String... args) {
        return command(List.of(), mainClass, args);
    }

    /** The same, with {@code jvmOptions} added before the main class. */
    public static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(JvmOptions.vector());
        // The child inherits this JVM's CPU affinity; the flag keeps its runtime defaults (GC threads,
        // common pool) the same even where the JVM would count CPUs differently.
        command.add("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors());
        command.add("-Xshare:auto");
        // stdout is the wire: the JVM's own warnings (unified logging, stdout by default) go to stderr instead
        // (seen: a "[0.0…s][warning]…" line before the handshake failed a child under load)
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        // shared-memory files fall back to the temp dir where /dev/shm is missing: parent and child must agree
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add(ParentWatch.parentOption());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(jvmOptions);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Starts {@code mainClass} in a child JVM with piped stdin/stdout and the given stderr. */
    public static Process start(Class<?> mainClass, Redirect stderr, String... args) throws IOException {
        return start(List.of(), mainClass, stderr, args);
    }

    /** The same, with {@code jvmOptions} added before the main class. */
    public static Process start(List<String> jvmOptions, Class<?> mainClass, Redirect stderr, String... args) throws IOException {
        Process process = new ProcessBuilder(command(jvmOptions, mainClass, args)).redirectError(stderr).start();
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        return process;
    }

    /** This JVM's java launcher: the running binary if the OS tells us, else the one in java.home. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(c -> Files.isExecutable(Path.of(c)))
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}
