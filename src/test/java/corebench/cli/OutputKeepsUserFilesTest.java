package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import corebench.report.ResultFixtures;
import corebench.report.compare.Comparison;
import corebench.report.compare.ComparisonFixtures;
import corebench.report.compare.Contenders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, issue 11.1: {@code report --out} and {@code compare --out} replace only a folder that
 * corebench wrote, and a machine id from a results folder never becomes a path outside {@code charts/}.
 * On main before the fix, each of these deleted the user's file.
 */
class OutputKeepsUserFilesTest {

    @TempDir
    Path dir;

    private Path usersFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(folder.resolve("notes.txt"), "precious");
        return folder;
    }

    private static void assertKept(Path folder) throws IOException {
        assertThat(folder.resolve("notes.txt")).hasContent("precious");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("notes.txt"));
        }
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".mine"));
        }
    }

    @Test
    void reportRefusesAFolderWithAUsersFile() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        Path mine = usersFolder();
        CommandRun r = CommandRun.of(new ReportCommand(), run.toString(), "--out", mine.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.errors()).singleElement().asString()
                .startsWith("corebench report: " + mine + ": refusing to replace a folder corebench did not write");
        assertKept(mine);
    }

    @Test
    void compareRefusesAFolderWithAUsersFile() throws IOException {
        Path one = ComparisonFixtures.copy(ComparisonFixtures.ONE_CPU, dir);
        Path two = ComparisonFixtures.copy(ComparisonFixtures.TWO_CPUS, dir);
        Path mine = usersFolder();
        CommandRun r = CommandRun.of(new CompareCommand(), one.toString(), two.toString(), "--out", mine.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.errors()).singleElement().asString()
                .startsWith("corebench compare: " + mine + ": refusing to replace a folder corebench did not write");
        assertKept(mine);
    }

    @Test
    void reportReplacesItsOwnOutputAndFillsAnEmptyFolder() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(CommandRun.of(new ReportCommand(), run.toString(), "--out", empty.toString()).exit()).isZero();
        Files.writeString(empty.resolve("stale.png"), "old chart");
        assertThat(CommandRun.of(new ReportCommand(), run.toString(), "--out", empty.toString()).exit()).isZero();
        assertThat(empty.resolve("index.html")).isNotEmptyFile();
        assertThat(empty.resolve(".corebench-output")).isRegularFile();
        assertThat(empty.resolve("stale.png")).doesNotExist();
    }

    @Test
    void aMachineIdOfDotDotIsRefused() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        Path machineJson = run.resolve("machine.json");
        Files.writeString(machineJson, Files.readString(machineJson).replaceFirst("\"machineId\"\\s*:\\s*\"[^\"]*\"",
                "\"machineId\": \"..\""));
        Path out = dir.resolve("charts").resolve("out");
        CommandRun r = CommandRun.of(new ReportCommand(), run.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.errors()).singleElement().asString()
                .isEqualTo("corebench report: " + machineJson + ": machine id '..' is not a safe folder name (letters,"
                        + " digits, '.', '_', '-', starting with a letter or digit, at most 100)");
        assertThat(dir.resolve("charts")).doesNotExist();
    }

    @Test
    void compareNamesItsDefaultOutputSafelyWhateverTheLabel() throws Exception {
        Path one = ComparisonFixtures.copy(ComparisonFixtures.ONE_CPU, dir);
        Path two = ComparisonFixtures.copy(ComparisonFixtures.TWO_CPUS, dir);
        var comparison = Comparison.of(Contenders.read(
                List.of(one, two), null, Map.of(one, "..", two, "/")));
        assertThat(CompareCommand.defaultOut(comparison)).isEqualTo(Path.of("charts", "compare", "machine1-vs-machine2"));
    }
}
