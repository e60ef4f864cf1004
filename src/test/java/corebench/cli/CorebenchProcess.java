package corebench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts corebench's real entry point in a child JVM with this test's class path, as scripts/corebench does. */
final class CorebenchProcess {
    private CorebenchProcess() {
    }

    /** Starts {@code corebench args...}, output to {@code log}, with its own temp dir (JMH's lock lives there). */
    static Process start(Path log, Path tmpDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector",
                "-Djava.io.tmpdir=" + tmpDir, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
