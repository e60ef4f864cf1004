package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import corebench.report.ComparisonReport;
import corebench.report.Report;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.compare.ComparisonFixtures;
import corebench.report.results.ResultsReader;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report's and the comparison's index.html in headless Chromium (Debian's {@code chromium}, see
 * scripts/install-test-deps) and takes a screenshot: the page must load without console or network
 * errors and draw something; the reference run's report must show its verdict in the first 900 px. The
 * screenshots are kept in target/screenshots/ (index.png, verdict.png, compare.png) for a person to look at.
 * Without Chromium the test is skipped on a developer machine and fails in CI ({@code CI=true}).
 */
class HtmlInChromiumTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 4000;
    /** What a 1280-px-wide browser window shows before scrolling. */
    private static final int FIRST_SCREEN = 900;

    @TempDir
    Path dir;

    @Test
    void indexHtmlOpensWithoutErrors() throws Exception {
        Path out = dir.resolve("charts");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(ResultFixtures.syntheticSweep(dir)))), out);
        openAndKeepScreenshot(out.resolve("index.html"), "index.png", HEIGHT);
    }

    /** The verdict's box colour (Html's {@code .verdict} background, #eaf2fb). */
    private static final int VERDICT_BACKGROUND = 0xeaf2fb;

    @Test
    void theVerdictIsOnTheFirstScreen() throws Exception {
        Path out = dir.resolve("reference");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(Path.of("results/amd-epyc-2cpu/20261121T080228Z")))), out);
        BufferedImage first = openAndKeepScreenshot(out.resolve("index.html"), "verdict.png", FIRST_SCREEN);
        // the verdict's box fills much of the first 900 px, and its table starts in them (the box starts below
        // the title, so at least a fifth of the screen is box background around the table's cells)
        long box = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                box += (first.getRGB(x, y) & 0xffffff) == VERDICT_BACKGROUND ? 1 : 0;
            }
        }
        assertThat(box).as("pixels of the verdict's background in the first screen").isGreaterThan(
                (long) first.getWidth() * first.getHeight() / 20);
        // in this order; by indexOf, as AssertJ's containsSubsequence copies the 15 MB page once per part
        String html = Files.readString(out.resolve("index.html"));
        int at = 0;
        for (String part : List.of("<h1>", "<section class=\"verdict\"", "<th>best (rank 1)</th>", "<h2>Machine</h2>")) {
            at = html.indexOf(part, at);
            assertThat(at).as("'%s' after the parts before it", part).isNotNegative();
        }
    }

    @Test
    void comparisonOpensWithoutErrors() throws Exception {
        Path out = dir.resolve("compare");
        ComparisonReport.render(ComparisonFixtures.compare(ComparisonFixtures.copy(ComparisonFixtures.ONE_CPU, dir),
                ComparisonFixtures.copy(ComparisonFixtures.TWO_CPUS, dir)), out);
        openAndKeepScreenshot(out.resolve("index.html"), "compare.png", HEIGHT);
    }

    /**
     * Opens {@code page} in headless Chromium in a window {@code height} px high, checks the log and the
     * screenshot, keeps it as target/screenshots/{@code name} and returns it.
     */
    private BufferedImage openAndKeepScreenshot(Path page, String name, int height) throws Exception {
        Path chromium = chromium().orElse(null);
        if (chromium == null) {
            String why = "chromium is not installed (run scripts/install-test-deps)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Path screenshot = dir.resolve(name);
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile-" + name), "--enable-logging=stderr", "--v=0",
                "--screenshot=" + screenshot, "--window-size=" + WIDTH + "," + height, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished within 90 s").isTrue();
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("bytes written to file " + screenshot);
        // dbus and GPU warnings of a container are noise; page errors show as console or network errors
        assertThat(output.lines().filter(l -> l.contains("CONSOLE") || l.contains("net::ERR_")
                || l.contains("Uncaught") || l.contains("Failed to load") || l.contains("Not allowed to load")))
                .as("console and network errors").isEmpty();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(Images.distinctColours(image, 4)).as("a drawn page, not a blank one").isGreaterThan(50);
        Path kept = Path.of("target", "screenshots");
        Files.createDirectories(kept);
        Files.copy(screenshot, kept.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return image;
    }

    private static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(d -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(d, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
