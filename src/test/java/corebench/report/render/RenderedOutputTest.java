package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.Report;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a rendered report are real: PNGs decode, SVGs are XML naming every model, the HTML stands alone. */
class RenderedOutputTest {

    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void render() throws Exception {
        out = dir.resolve("charts");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(ResultFixtures.syntheticSweep(dir)))), out);
    }

    @Test
    void writesEveryChartAsPngAndSvg() throws IOException {
        RenderedFiles.assertCharts(out, List.of("montecarlo-efficiency", "montecarlo-oversubscription",
                "montecarlo-speedup", "montecarlo-throughput"));
    }

    @Test
    void pngsDecodeToTheChartSize() throws IOException {
        RenderedFiles.assertPngsAreCharts(out);
    }

    @Test
    void svgsAreXmlAndNameEveryModel() throws Exception {
        List<String> models = List.of("platform-pool", "thread-per-task", "virtual", "forkjoin");
        for (Path svg : RenderedFiles.files(out, ".svg")) {
            String text = RenderedFiles.svg(svg).getTextContent();
            assertThat(text).as(svg.toString()).contains(models);
            if (!svg.toString().contains("oversubscription")) {
                assertThat(text).as(svg.toString()).contains("sequential");
            }
        }
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        String html = Files.readString(out.resolve("index.html"));
        RenderedFiles.assertSelfContained(html);
        assertThat(RenderedFiles.count(html, "<svg")).isEqualTo(4);
        assertThat(html).contains("forkjoin: serial fraction", "Synthetic CPU (test data)", "99.9%");
    }

    @Test
    void inlinedSvgIdsAreUniqueInThePage() throws IOException {
        assertThat(RenderedFiles.ids(Files.readString(out.resolve("index.html")))).hasSizeGreaterThan(4)
                .doesNotHaveDuplicates();
    }

    @Test
    void csvHasOneLinePerMeasurementAndTheFits() throws IOException {
        List<String> table = Files.readAllLines(out.resolve("tables.csv"));
        // header + sequential + 4 models x (5 core counts + 2 oversubscribed)
        assertThat(table).hasSize(1 + 1 + 4 * 7);
        assertThat(table.getFirst()).contains("seconds_per_op_ci999", "speedup_ci999", "karp_flatt");
        List<String> fits = Files.readAllLines(out.resolve("fits.csv"));
        assertThat(fits.stream().filter(l -> l.contains(",Amdahl,"))).hasSize(4);
        assertThat(fits.stream().filter(l -> l.contains(",USL,"))).hasSize(4);
    }
}
