package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import corebench.report.Report;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
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
 * Opens the report's index.html in headless Chromium (Debian's {@code chromium}, see
 * scripts/install-test-deps) and takes a screenshot: the page must load without console or network
 * errors and draw something. The screenshot is kept in target/screenshots/ for a person to look at.
 * Without Chromium the test is skipped on a developer machine and fails in CI ({@code CI=true}).
 */
class HtmlInChromiumTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 4000;

    @TempDir
    Path dir;

    @Test
    void indexHtmlOpensWithoutErrors() throws Exception {
        Path chromium = chromium().orElse(null);
        if (chromium == null) {
            String why = "chromium is not installed (run scripts/install-test-deps)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Path out = dir.resolve("charts");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(ResultFixtures.syntheticSweep(dir)))), out);
        Path screenshot = dir.resolve("index.png");
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--screenshot=" + screenshot, "--window-size=" + WIDTH + "," + HEIGHT,
                out.resolve("index.html").toUri().toString())
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
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(Images.distinctColours(image, 4)).as("a drawn page, not a blank one").isGreaterThan(50);
        Path kept = Path.of("target", "screenshots");
        Files.createDirectories(kept);
        Files.copy(screenshot, kept.resolve("index.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(d -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(d, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
