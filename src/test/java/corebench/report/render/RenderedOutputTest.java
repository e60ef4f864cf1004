package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.Report;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
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

    static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void writesEveryChartAsPngAndSvg() throws IOException {
        List<String> expected = List.of("montecarlo-efficiency", "montecarlo-oversubscription", "montecarlo-speedup",
                "montecarlo-throughput");
        assertThat(files(".png")).map(f -> f.getFileName().toString().replace(".png", "")).isEqualTo(expected);
        assertThat(files(".svg")).map(f -> f.getFileName().toString().replace(".svg", "")).isEqualTo(expected);
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
    void svgsAreXmlAndNameEveryModel() throws Exception {
        List<String> models = List.of("platform-pool", "thread-per-task", "virtual", "forkjoin");
        for (Path svg : files(".svg")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            String text = doc.getDocumentElement().getTextContent();
            assertThat(text).as(svg.toString()).contains(models);
            if (!svg.toString().contains("oversubscription")) {
                assertThat(text).as(svg.toString()).contains("sequential");
            }
        }
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import");
        // links to the PNG/SVG files beside the page are fine; nothing may be fetched from elsewhere
        assertThat(Pattern.compile("((src|href)\\s*=\\s*[\"']?|url\\(\\s*[\"']?)(https?:|//|file:)",
                Pattern.CASE_INSENSITIVE).matcher(html).find()).as("no external request").isFalse();
        assertThat(count(html, "<svg")).isEqualTo(4);
        assertThat(html).contains("forkjoin: serial fraction", "Synthetic CPU (test data)", "99.9%");
    }

    @Test
    void inlinedSvgIdsAreUniqueInThePage() throws IOException {
        String html = Files.readString(out.resolve("index.html"));
        Matcher m = Pattern.compile("\\bid=[\"']([^\"']+)[\"']").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(4).doesNotHaveDuplicates();
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

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
