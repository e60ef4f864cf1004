package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ComparisonReport;
import corebench.report.ResultFixtures;
import corebench.report.compare.Comparison;
import corebench.report.compare.ComparisonFixtures;
import corebench.report.compare.Contender;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a rendered comparison are real: PNGs decode, SVGs are XML naming every machine in its own
 * colour, the HTML stands alone, the CSVs hold every number. The two real folders get frequencies here
 * (the VM reports none) so that the per-GHz charts are drawn too.
 */
class ComparisonOutputTest {

    @TempDir
    static Path dir;

    static Path out;
    static Comparison comparison;

    @BeforeAll
    static void render() throws Exception {
        Path one = ComparisonFixtures.copy(ComparisonFixtures.ONE_CPU, dir);
        Path two = ComparisonFixtures.copy(ComparisonFixtures.TWO_CPUS, dir);
        ResultFixtures.editMachine(one, m -> ((ObjectNode) m.path("cpu")).put("vendorFrequencyHz", 2_450_000_000L));
        ResultFixtures.editMachine(two, m -> ((ObjectNode) m.path("cpu")).put("maxFrequencyHz", 3_500_000_000L));
        comparison = ComparisonFixtures.compare(one, two);
        out = dir.resolve("compare");
        ComparisonReport.render(comparison, out);
    }

    @Test
    void writesEveryChartAsPngAndSvg() throws IOException {
        RenderedFiles.assertCharts(out, List.of("montecarlo-all-cores", "montecarlo-forkjoin-speedup",
                "montecarlo-one-core", "montecarlo-one-core-per-ghz", "montecarlo-per-core", "montecarlo-per-core-per-ghz",
                "montecarlo-platform-pool-speedup"));
    }

    @Test
    void pngsDecodeToTheChartSize() throws IOException {
        RenderedFiles.assertPngsAreCharts(out);
    }

    @Test
    void svgsAreXmlNamingEveryMachineInItsOwnColour() throws Exception {
        for (Path svg : RenderedFiles.files(out, ".svg")) {
            String text = RenderedFiles.svg(svg).getTextContent();
            String xml = Files.readString(svg);
            for (Contender machine : comparison.contenders()) {
                Color c = ComparisonCharts.colour(comparison, machine);
                assertThat(text).as(svg.toString()).contains(machine.label());
                assertThat(xml).as(svg + " draws " + machine.label() + " in its colour")
                        .contains("rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")");
            }
        }
        assertThat(ComparisonCharts.colour(comparison, comparison.contenders().get(0)))
                .isNotEqualTo(ComparisonCharts.colour(comparison, comparison.contenders().get(1)));
    }

    @Test
    void chartsHaveTitlesAndNoUndrawableCoordinates() throws IOException {
        // (JFreeSVG draws the rotated y-axis label as outlines, so only the titles and x labels are text)
        assertThat(Files.readString(out.resolve("montecarlo-per-core-per-ghz.svg")))
                .contains("montecarlo: throughput, per core per GHz, by machine and model", ">model<");
        assertThat(Files.readString(out.resolve("montecarlo-forkjoin-speedup.svg")))
                .contains("montecarlo, forkjoin: speedup vs cores by machine", "cores (log scale)");
        // an error bar reaching below zero on a log axis once gave NaN coordinates
        for (Path svg : RenderedFiles.files(out, ".svg")) {
            assertThat(Files.readString(svg)).as(svg.toString()).doesNotContain("NaN");
        }
    }

    @Test
    void htmlIsSelfContainedAndStartsWithWhatIsUnfair() throws IOException {
        String html = Files.readString(out.resolve("index.html"));
        RenderedFiles.assertSelfContained(html);
        assertThat(RenderedFiles.count(html, "<svg")).isEqualTo(RenderedFiles.files(out, ".svg").size());
        assertThat(html.indexOf("what makes this comparison unfair")).isLessThan(html.indexOf("<h2>Machines</h2>"));
        assertThat(html).contains("core counts differ", "Wins and losses", "2.45 GHz (base)", "3.50 GHz (max)",
                "Fastest model on each machine");
        assertThat(RenderedFiles.ids(html)).hasSizeGreaterThan(7).doesNotHaveDuplicates();
    }

    @Test
    void csvsHoldEveryFigureVerdictAndMeasurement() throws IOException {
        List<String> figures = Files.readAllLines(out.resolve("comparison.csv"));
        // header + 3 models x 2 machines
        assertThat(figures).hasSize(1 + 3 * 2);
        assertThat(figures.getFirst()).contains("one_core,one_core_ci999,all_cores,all_cores_ci999",
                "per_core_per_ghz_ci999", "all_cores_vs_baseline,all_cores_vs_baseline_ci999", "frequency_hz");
        assertThat(figures).anySatisfy(l -> assertThat(l).startsWith(
                "montecarlo,pi,\"kernel=scalar, samples=1048576, scaling=strong, seed=20261121\",forkjoin,epyc-2cpu,"
                        + "epyc-2cpu,false,").contains(",samples/s,2,2,3500000000,max,"));
        List<String> wins = Files.readAllLines(out.resolve("wins.csv"));
        // 3 models x 5 metrics, every machine has every metric here
        assertThat(wins).hasSize(1 + 3 * 5);
        assertThat(wins.getFirst()).startsWith("workload,method,params,model,metric,unit,winner,").endsWith(",significance");
        assertThat(wins.subList(1, wins.size())).allSatisfy(l -> assertThat(l.substring(l.lastIndexOf(',') + 1))
                .isIn("clear", "within_errors", "unknown", "no_contest"));
        List<String> measurements = Files.readAllLines(out.resolve("measurements.csv"));
        // header + 3 results on 1 CPU + 9 on 2 CPUs
        assertThat(measurements).hasSize(1 + 3 + 9);
        assertThat(measurements.getFirst()).startsWith("machine,workload,method,params,model,cores");
    }
}
