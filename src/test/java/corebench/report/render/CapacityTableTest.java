package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivered capacity per step in index.html, summary.md and capacity.csv, and set-aside forks in the tables. */
class CapacityTableTest {

    /** A set-aside reason as a hostile results folder could write it: markup and a terminal escape. */
    private static final String HOSTILE = "<b>delivered</b> 1.12 of 2 CPUs\u001b[2J";

    @TempDir
    Path dir;

    private RunAnalysis analysed(Path run) throws Exception {
        return RunAnalysis.of(ResultsReader.read(List.of(run)));
    }

    private Path out(RunAnalysis analysis) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        HtmlReport.write(analysis, CoreAccounts.of(analysis), "", Map.of(), Map.of(), out);
        MarkdownSummary.write(analysis, CoreAccounts.of(analysis), "", Map.of(), Map.of(), out);
        CsvTables.write(analysis, out);
        return out;
    }

    @Test
    void eachStepsCapacityIsTabulatedAndAStepShortOfCpusIsSaidPlainly() throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editResults(run, results -> {
            results.forEach(r -> {
                int cores = r.at("/params/cores").asInt();
                ResultFixtures.capacity((ObjectNode) r, cores, cores == 2 ? 1.2 : cores);
                if (cores == 2 && r.at("/params/model").asText().equals("virtual")) {
                    ResultFixtures.setAside((ObjectNode) r, 2, 1.12, HOSTILE);
                }
            });
            return results;
        });
        RunAnalysis analysis = analysed(run);
        assertThat(CapacityTable.rows(analysis.results().capacity())).element(1).isEqualTo(List.of("2", "20",
                "1.20 of 2", "1.20 of 2", "2 of 22", "⚠ the machine could not give this step its CPUs: not claimed"));
        Path out = out(analysis);

        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("<h2>Delivered capacity per step</h2>", "<td>1.00 of 1</td>",
                "⚠ The machine could not give the 2-core step its CPUs (median 1.20 of 2 delivered; 2 of 22 forks set aside)",
                "2 forks set aside: &lt;b&gt;delivered&lt;/b&gt; 1.12 of 2 CPUs\\x1b[2J")
                .doesNotContain("<b>delivered", "\u001b");
        String md = Files.readString(out.resolve("summary.md"));
        assertThat(md).contains("## Delivered capacity per step", "| 2 | 20 | 1.20 of 2 | 1.20 of 2 | 2 of 22 |",
                "not claimed: the machine could not give the 2-core step its CPUs").doesNotContain("\u001b");
        assertThat(Files.readAllLines(out.resolve("capacity.csv"))).containsExactly(
                "cores,forks_counted,delivered_median_cpus,delivered_least_cpus,forks_set_aside,claimed",
                "1,25,1.0,1.0,0,true", "2,20,1.2,1.2,2,false", "4,20,4.0,4.0,0,true", "8,20,8.0,8.0,0,true",
                "16,60,16.0,16.0,0,true");
        assertThat(Files.readAllLines(out.resolve("tables.csv")).getFirst()).endsWith(",claimed,claim_reason,forks_set_aside");
    }

    @Test
    void aRunWithoutCapacityRecordsHasNoCapacityTable() throws Exception {
        Path out = out(analysed(ResultFixtures.syntheticSweep(dir)));
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("Delivered capacity", "forks set aside");
        assertThat(Files.readString(out.resolve("summary.md"))).doesNotContain("Delivered capacity", "forks set aside");
        assertThat(out.resolve("capacity.csv")).doesNotExist();
    }
}
