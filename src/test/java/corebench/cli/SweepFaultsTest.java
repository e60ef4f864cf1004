package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, issue 11.2 and 11.7, in this JVM: a resume that would lose results, bad options and a
 * broken machine.json each give one clear line and exit 2, and leave every file as it was. Each failed on
 * main before the fix (168 results lost, a failed run created, a bare path, a NullPointerException).
 */
class SweepFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The committed reference run: jmh.json and machine.json, no steps/ (as a results folder shared with others). */
    private static final Path REFERENCE = Path.of("results", "amd-epyc-2cpu", "20261121T080228Z");

    @TempDir
    Path tmp;

    /** The outcome of a corebench command line. */
    private record Run(int exit, String out, String err) {
    }

    /** Runs {@code corebench args} in this JVM (stdout captured). */
    private static Run corebench(String... args) {
        CommandRun r = CommandRun.ofMain(args);
        return new Run(r.exit(), r.out(), r.err());
    }

    private Path copyOfReference() throws IOException {
        Path copy = Files.createDirectories(tmp.resolve("run"));
        for (String f : new String[] {"jmh.json", "machine.json"}) {
            Files.copy(REFERENCE.resolve(f), copy.resolve(f));
        }
        return copy;
    }

    private static String snapshot(Path folder) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted().toList()) {
                b.append(folder.relativize(f)).append('\n');
                if (Files.isRegularFile(f)) {
                    b.append(Files.readString(f)).append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * Runs {@code corebench args} in a child JVM with its own temp dir, bounded to two minutes (on main these
     * resumes measured for real, 168 benchmarks).
     */
    private Run child(String... args) throws IOException, InterruptedException {
        Path log = tmp.resolve("child.log");
        Process p = CorebenchProcess.runToEnd(List.of(), log, Files.createDirectories(tmp.resolve("child-tmp")), 2, args);
        String all = Files.readString(log).lines().filter(l -> !l.startsWith("WARNING: Using incubator modules"))
                .map(l -> l + "\n").reduce("", String::concat);
        return new Run(p.exitValue(), all, all.lines().filter(l -> l.startsWith("corebench: ")).map(l -> l + "\n")
                .reduce("", String::concat));
    }

    @Test
    void resumeOfACommittedRunIsRefusedAndKeepsEveryResult() throws Exception {
        Path run = copyOfReference();
        String before = snapshot(run);
        Run r = child("sweep", "--resume", run.toString(), "--allow-mismatch");
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.out().lines()).singleElement().asString().isEqualTo("corebench: cannot resume " + run
                + ": its jmh.json holds 168 results and it has no step files (a finished, committed or copied run keeps"
                + " only jmh.json), so a resume would measure everything again; start a new sweep instead");
        assertThat(snapshot(run)).isEqualTo(before);
        assertThat(JSON.readTree(run.resolve("jmh.json").toFile())).hasSize(168);
    }

    @Test
    void resumeOfAMachineJsonWithMissingFieldsNamesThem() throws IOException {
        Path run = copyOfReference();
        ObjectNode machine = (ObjectNode) JSON.readTree(run.resolve("machine.json").toFile());
        machine.remove("machineId");
        machine.remove("jvm");
        Files.writeString(run.resolve("machine.json"), machine.toString());
        String before = snapshot(run);
        Run r = corebench("sweep", "--resume", run.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().isEqualTo("corebench: " + run.resolve("machine.json")
                + ": not a complete corebench machine.json, it lacks machineId, jvm.version");
        assertThat(snapshot(run)).isEqualTo(before);
    }

    @Test
    void anUnwritableOutIsNamedWithTheReason() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        for (String out : new String[] {"/proc/corebench-cannot-be-here", file.resolve("results").toString()}) {
            Run r = corebench("sweep", "--workloads", "montecarlo", "--models", "sequential", "--cores", "1", "--out", out);
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err().lines()).singleElement().asString()
                    .startsWith("corebench: cannot create the run folder under " + out + ": ");
            assertThat(r.err().strip()).isNotEqualTo("corebench: " + out);
        }
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void resumeWithDryRunRunsNothingAndChangesNothing() throws Exception {
        Path run = copyOfReference();
        Files.delete(run.resolve("jmh.json"));
        String before = snapshot(run);
        Run r = child("sweep", "--resume", run.toString(), "--allow-mismatch", "--dry-run");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("corebench sweep, plan default", "0 of 168 benchmarks already measured; nothing run (--dry-run)");
        assertThat(r.out()).doesNotContain("[step ");
        assertThat(snapshot(run)).isEqualTo(before);
    }

    @Test
    void aNonNumericParameterIsRefusedBeforeAnyFolderExists() {
        Path out = tmp.resolve("results");
        Run r = corebench("sweep", "--workloads", "montecarlo", "--models", "sequential", "--cores", "1",
                "-P", "samples=abc", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("corebench: -P samples: 'abc' is not a long (a whole number)");
        assertThat(out).doesNotExist();
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
