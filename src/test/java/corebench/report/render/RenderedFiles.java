package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.w3c.dom.Element;

/** Checks that the files of a rendered output folder (the report's or the comparison's) are real. */
final class RenderedFiles {

    private RenderedFiles() {
    }

    /** The folder's files ending in {@code extension}, sorted. */
    static List<Path> files(Path out, String extension) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }

    /** Every chart named is there as PNG and SVG, and no other. */
    static void assertCharts(Path out, List<String> names) throws IOException {
        for (String extension : List.of(".png", ".svg")) {
            assertThat(files(out, extension)).map(f -> f.getFileName().toString().replace(extension, ""))
                    .containsExactlyInAnyOrderElementsOf(names);
        }
    }

    /** Every PNG decodes to the chart size and has something drawn on it. */
    static void assertPngsAreCharts(Path out) throws IOException {
        for (Path png : files(out, ".png")) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(ChartFiles.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartFiles.HEIGHT);
            assertThat(Images.distinctColours(image, 3)).as("a drawn chart, not a blank image").isGreaterThan(20);
        }
    }

    /** An SVG file parsed as XML; its root must be {@code <svg>}. */
    static Element svg(Path file) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(root.getTagName()).as(file.toString()).isEqualTo("svg");
        return root;
    }

    /** A page that needs nothing else: no scripts, style sheets or anything fetched from elsewhere. */
    static void assertSelfContained(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import");
        // links to the PNG/SVG files beside the page are fine; nothing may be fetched from elsewhere
        assertThat(Pattern.compile("((src|href)\\s*=\\s*[\"']?|url\\(\\s*[\"']?)(https?:|//|file:)",
                Pattern.CASE_INSENSITIVE).matcher(html).find()).as("no external request").isFalse();
    }

    /** Every {@code id} attribute in the page, in order. */
    static List<String> ids(String html) {
        Matcher m = Pattern.compile("\\bid=[\"']([^\"']+)[\"']").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** How often {@code part} occurs in {@code s}. */
    static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
