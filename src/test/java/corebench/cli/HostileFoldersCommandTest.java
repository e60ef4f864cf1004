package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.HostileFolderCases;
import corebench.report.HostileFolders;
import corebench.report.HostileText;
import corebench.report.compare.ComparisonFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fuzz suite through the commands (issue 22): hostile results folders ({@link HostileFolders}) given to
 * {@code corebench report} and, beside a sound folder, to {@code corebench compare}, in this JVM through the real
 * command line. Each ends in exit 0 with a report (warnings allowed) or exit 1 with one line: never a stack trace,
 * never a write outside {@code --out}, never the secret of a linked file, never a control character on the
 * terminal, never an active CSV cell or HTML in summary.md, never duplicate ids or chart names in index.html. Fewer
 * cases than {@link corebench.report.HostileFoldersReadTest} (each draws its charts): 50 and 30, fixed seeds.
 */
class HostileFoldersCommandTest extends HostileFolderCases {

    @Property(tries = 50, seed = "20261206")
    void reportEndsInAReportOrOneLine(@ForAll("cases") HostileFolders.Case c) throws IOException {
        Path dir = nextCaseFolder();
        Path run = HostileFolders.write(c, dir);
        Path out = dir.resolve("out");
        check(dir, out, "report", run.toString(), "--out", out.toString());
    }

    @Property(tries = 30, seed = "20261207")
    void compareEndsInAComparisonOrOneLine(@ForAll("cases") HostileFolders.Case c) throws IOException {
        Path dir = nextCaseFolder();
        Path run = HostileFolders.write(c, dir);
        Path sound = ComparisonFixtures.copy(ComparisonFixtures.TWO_CPUS, dir);
        Path out = dir.resolve("out");
        check(dir, out, "compare", sound.toString(), run.toString(), "--out", out.toString());
    }

    private static void check(Path dir, Path out, String command, String... args) {
        Map<String, String> before = HostileText.snapshot(dir, out);
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        CommandRun r = CommandRun.ofMain(all);
        HostileText.assertSafeForTerminal(r.out());
        HostileText.assertSafeForTerminal(r.err());
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("Error");
        if (r.exit() == 0) {
            assertThat(out.resolve("index.html")).isNotEmptyFile();
            HostileText.assertSafeOutput(out);
        } else {
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.errors()).as(r.err()).singleElement().asString().startsWith("corebench " + command + ": ");
            assertThat(out).doesNotExist();
        }
        assertThat(HostileText.snapshot(dir, out)).isEqualTo(before);
        HostileFolders.delete(dir);
    }
}
