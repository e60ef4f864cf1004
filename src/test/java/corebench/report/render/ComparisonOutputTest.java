package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ComparisonReport;
import corebench.report.ResultFixtures;
import corebench.report.compare.Comparison;
import corebench.report.compare.ComparisonFixtures;
import corebench.report.compare.Contender;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

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

    static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void writesEveryChartAsPngAndSvg() throws IOException {
        List<String> expected = List.of("montecarlo-all-cores", "montecarlo-forkjoin-speedup", "montecarlo-one-core",
                "montecarlo-one-core-per-ghz", "montecarlo-per-core", "montecarlo-per-core-per-ghz",
                "montecarlo-platform-pool-speedup");
        assertThat(files(".png")).map(f -> f.getFileName().toString().replace(".png", ""))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(files(".svg")).map(f -> f.getFileName().toString().replace(".svg", ""))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void pngsDecodeToTheChartSize() throws IOException {
        for (Path png : files(".png")) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(ChartFiles.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartFiles.HEIGHT);
            assertThat(Images.distinctColours(image, 3)).as("a drawn chart, not a blank image").isGreaterThan(20);
        }
    }

    @Test
    void svgsAreXmlNamingEveryMachineInItsOwnColour() throws Exception {
        for (Path svg : files(".svg")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            String text = doc.getDocumentElement().getTextContent();
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
        for (Path svg : files(".svg")) {
            assertThat(Files.readString(svg)).as(svg.toString()).doesNotContain("NaN");
        }
    }

    @Test
    void htmlIsSelfContainedAndStartsWithWhatIsUnfair() throws IOException {
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import");
        assertThat(Pattern.compile("((src|href)\\s*=\\s*[\"']?|url\\(\\s*[\"']?)(https?:|//|file:)",
                Pattern.CASE_INSENSITIVE).matcher(html).find()).as("no external request").isFalse();
        assertThat(count(html, "<svg")).isEqualTo(files(".svg").size());
        assertThat(html.indexOf("what makes this comparison unfair")).isLessThan(html.indexOf("<h2>Machines</h2>"));
        assertThat(html).contains("core counts differ", "Wins and losses", "2.45 GHz (base)", "3.50 GHz (max)",
                "Fastest model on each machine");
        Matcher m = Pattern.compile("\\bid=[\"']([^\"']+)[\"']").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(7).doesNotHaveDuplicates();
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
                        + "epyc-2cpu,false,").contains(",samples/s,2,3500000000,max,"));
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

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
