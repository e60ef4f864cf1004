package corebench.report.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.Report;
import corebench.report.analysis.RunAnalysis;
import corebench.report.render.MarkdownSummary;
import corebench.report.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict of the committed reference run the README shows ({@code results/amd-epyc-2cpu/20261201T130015Z}, the
 * quiet {@code mvn verify} of 2026-12-01 on the 2-core Zen 4 machine): verdict.csv
 * equals the golden file line for line, the README shows its table, and the report opens with it. A deliberate change of the
 * verdict's wording or rules changes the golden file: the actual file is kept in
 * target/golden/verdict.csv for review and copying over
 * src/test/resources/corebench/report/verdict/reference-verdict.csv.
 */
class ReferenceVerdictTest {

    private static final Path GOLDEN = Path.of("src/test/resources/corebench/report/verdict/reference-verdict.csv");
    /** The run README.md shows (the older {@link VerdictFixtures#REFERENCE} stays the format-1 fixture of other tests). */
    static final Path README_RUN = Path.of("results", "amd-epyc-2cpu", "20261206T223640Z");

    @TempDir
    Path dir;

    @Test
    void verdictCsvOfTheReferenceRunEqualsTheGoldenFile() throws Exception {
        Verdict v = Verdict.of(RunAnalysis.of(ResultsReader.read(List.of(README_RUN))));
        List<String> actual = VerdictFiles.csv(v);
        if (!actual.equals(Files.readAllLines(GOLDEN))) {
            Path kept = Path.of("target", "golden", "verdict.csv");
            Files.createDirectories(kept.getParent());
            Files.write(kept, actual);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }

    @Test
    void theReadmeShowsTheReferenceRunsVerdictTable() throws Exception {
        Verdict v = Verdict.of(RunAnalysis.of(ResultsReader.read(List.of(README_RUN))));
        assertThat(Files.readString(Path.of("README.md"))).contains(
                MarkdownSummary.table(VerdictTables.VERDICT_HEADER, VerdictTables.verdict(v, "; ")));
    }

    @Test
    void theReportOpensWithTheVerdict() throws Exception {
        Path out = dir.resolve("charts");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(README_RUN))), out);
        assertThat(out.resolve("verdict.csv")).exists();
        assertThat(Files.readString(out.resolve("verdict.json")))
                .contains("\"work\" : \"tiny tasks (granularity)\"").contains("\"underFivePercent\"");
        String md = Files.readString(out.resolve("summary.md"));
        assertThat(md.indexOf("## Which model for which work")).isPositive()
                .isLessThan(md.indexOf("## Warnings")).isLessThan(md.indexOf("## Machine"));
        assertThat(md.indexOf("## Notes")).isGreaterThan(md.indexOf("## startup"));
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html.indexOf("<h2>Which model for which work</h2>")).isPositive()
                .isLessThan(html.indexOf("<h2>Machine</h2>"));
        // scenarios by importance: Monte Carlo first, the bandwidth probe last
        assertThat(html.indexOf("id=\"montecarlo")).isLessThan(html.indexOf("id=\"grid"));
        assertThat(html.indexOf("id=\"grid")).isLessThan(html.indexOf("id=\"granularity"));
        assertThat(html.indexOf("id=\"startup")).isLessThan(html.indexOf("id=\"bandwidth"));
    }
}
