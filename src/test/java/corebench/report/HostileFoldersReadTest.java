package corebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.analysis.Caveats;
import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.render.CsvTables;
import corebench.report.render.HtmlReport;
import corebench.report.render.MarkdownSummary;
import corebench.report.render.ScenarioCharts;
import corebench.report.results.ReportException;
import corebench.report.results.ResultsReader;
import corebench.report.verdict.Verdict;
import corebench.report.verdict.VerdictFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fuzz suite, reading side (issue 22): thousands of hostile results folders ({@link HostileFolders}) through
 * everything the report does but drawing charts (reading, analysis, verdict, index.html, summary.md and the
 * CSVs): each ends in a report or one {@link ReportException} line, never another exception, never a secret
 * quoted, never a control character or markup that acts. The seed is fixed; the number of cases is jqwik's
 * {@code jqwik.tries.default} (1000 here, e.g. {@code -Djqwik.tries.default=20000} for a longer run).
 * {@link corebench.cli.HostileFoldersCommandTest} runs fewer cases through the commands themselves, charts included.
 */
class HostileFoldersReadTest extends HostileFolderCases {

    @Property(seed = "20261206")
    void aHostileFolderEndsInAReportOrOneLine(@ForAll("cases") HostileFolders.Case c) throws IOException {
        Path dir = nextCaseFolder();
        Path run = HostileFolders.write(c, dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<String, String> before = HostileText.snapshot(dir, out);
        try {
            RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(run)));
            List<CoreAccount> accounts = CoreAccounts.of(analysis);
            Verdict verdict = Verdict.of(analysis, accounts);
            HtmlReport.write(analysis, accounts, VerdictFiles.html(verdict), Map.of(), Map.of(), out);
            MarkdownSummary.write(analysis, accounts, VerdictFiles.markdown(verdict), Map.of(), Map.of(), out);
            CsvTables.write(analysis, out);
            VerdictFiles.write(verdict, out);
            Caveats.of(analysis).all().forEach(HostileText::assertSafeForTerminal);
            VerdictFiles.console(verdict).forEach(HostileText::assertSafeForTerminal);
            List<String> slugs = analysis.scenarios().stream().map(ScenarioAnalysis::label).map(ScenarioCharts::slug).toList();
            assertThat(slugs).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(100));
            HostileText.assertSafeOutput(out);
        } catch (ReportException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            HostileText.assertSafeForTerminal(e.getMessage());
        }
        assertThat(HostileText.snapshot(dir, out)).isEqualTo(before);
        HostileFolders.delete(dir);
    }
}
