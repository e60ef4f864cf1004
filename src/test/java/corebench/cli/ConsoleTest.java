package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.ResultFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Console output is plain ASCII where the console's charset is not UTF-8 (LANG unset, as in containers),
 * and unchanged where it is: in-process for the transliteration, and the real entry point in a child
 * JVM with its locale variables removed or set.
 */
class ConsoleTest {

    private static final List<String> LOCALE = List.of("LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE");

    @TempDir
    Path dir;

    @Test
    void corebenchsCharactersHaveAsciiForms() {
        assertThat(Console.ascii("1.9× ± 0.1 µs, N ≥ 4, χ²/dof — ok")).isEqualTo("1.9x +- 0.1 us, N >= 4, chi^2/dof - ok");
        assertThat(Console.ascii("naïve")).isEqualTo("na?ve");
    }

    @Test
    void aCharacterSplitOverWritesComesOutWhole() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (AsciiOutputStream out = new AsciiOutputStream(sink)) {
            for (byte b : "a×b ± µ".getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
            }
        }
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("axb +- u");
    }

    @Test
    void reportPrintsAsciiWhenLangIsUnset() throws Exception {
        String output = report(Map.of());
        assertThat(output).contains("Which model for which work").contains(" +- ").contains("x +- ")
                .doesNotContain("?");
        for (char c : output.toCharArray()) {
            assertThat((int) c).as("character in %s", output).isLessThan(0x80);
        }
    }

    @Test
    void reportKeepsItsCharactersOnAUtf8Console() throws Exception {
        assertThat(report(Map.of("LC_ALL", "C.UTF-8"))).contains("Which model for which work").contains("× ± ");
    }

    @Test
    void sweepsPlanIsAsciiToo() throws Exception {
        String output = corebench(Map.of(), "sweep", "--dry-run", "--workloads", "montecarlo", "--models", "sequential",
                "--cores", "1", "--out", dir.resolve("never-written").toString());
        assertThat(output).contains("each fork 2x300 ms warm-up + 4x300 ms").doesNotContain("×").doesNotContain("?")
                .contains("planned by: each workload's runs at each core count -> ");
    }

    /** Runs {@code corebench report} on the restricted fixture with the locale variables removed, then {@code set}. */
    private String report(Map<String, String> set) throws Exception {
        Path run = ResultFixtures.copy("restricted", Files.createTempDirectory(dir, "results"));
        return corebench(set, "report", run.toString(), "--out", Files.createTempDirectory(dir, "out").resolve("report").toString());
    }

    /** Runs {@code corebench args} in a child JVM with the locale variables removed, then {@code set}; its output. */
    private String corebench(Map<String, String> set, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "corebench", ".log");
        ProcessBuilder pb = CorebenchProcess.builder(List.of(), dir, args);
        LOCALE.forEach(pb.environment()::remove);
        pb.environment().putAll(set);
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("corebench finished").isTrue();
        } finally {
            p.destroyForcibly();
        }
        String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}
