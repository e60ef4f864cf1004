package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: scripts/corebench rebuilt target/benchmarks.jar when the sources were newer, even while a sweep ran
 * from it, so a later step of that sweep ran another build. The script now leaves the jar alone while this user's
 * sweep holds its lock. Run on a copy of the script in a fake checkout whose {@code mvn} only leaves a mark.
 */
class ScriptKeepsTheJarOfARunningSweepTest {
    @TempDir
    Path tmp;

    @Test
    void noRebuildWhileASweepHoldsTheLockARebuildAfter() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/locks")), "the script sees a running sweep in Linux's /proc/locks");
        Path root = tmp.resolve("checkout");
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(Path.of("scripts/corebench"), root.resolve("scripts/corebench"));
        Path options = root.resolve("src/main/resources/corebench/jvm.properties");
        Files.createDirectories(options.getParent());
        Files.copy(Path.of("src/main/resources/corebench/jvm.properties"), options);
        Path jar = Files.createDirectories(root.resolve("target")).resolve("benchmarks.jar");
        Files.writeString(jar, "not a jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(7200)));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mark = tmp.resolve("mvn-ran");
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ntouch '" + mark + "'\n");
        Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwx------"));

        SweepLock sweep;
        try {
            sweep = SweepLock.acquire(Path.of("/tmp"), tmp, "a sweep of this test");
        } catch (IOException e) {
            assumeTrue(false, "a real sweep of this user is running: " + e.getMessage());
            return;
        }
        try (sweep) {
            String out = run(root, bin);
            assertThat(out).contains("a sweep is running from it: not rebuilding under it");
            assertThat(mark).doesNotExist();
        }
        String out = run(root, bin);
        assertThat(out).contains("building");
        assertThat(mark).exists();
    }

    private String run(Path root, Path bin) throws IOException, InterruptedException {
        Path log = tmp.resolve("script.log");
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("scripts/corebench").toString(), "--version")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("COREBENCH_JAR");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log);
    }
}
