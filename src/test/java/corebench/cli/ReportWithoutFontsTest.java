package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.ResultFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A box with no fonts (server and container images): fontconfig finds none (here: a configuration that names no
 * font folder, and a fresh home without the JDK's cache of fonts found before), so the JDK's own font set-up fails with "Fontconfig head is null". The report still draws its
 * charts with the DejaVu Sans it carries; where even that cannot work, it writes the rest and one line says so.
 */
class ReportWithoutFontsTest {
    @TempDir
    Path dir;

    @Test
    void theReportDrawsItsChartsWithItsOwnFont() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        Path out = dir.resolve("charts");
        String log = report(List.of(), run, out);

        assertThat(log).doesNotContain("internal error", "Fontconfig", "charts left out");
        assertThat(out.resolve("index.html")).isNotEmptyFile();
        assertThat(pngs(out)).isNotEmpty().allSatisfy(png -> assertThat(Files.size(png)).isGreaterThan(1000));
    }

    @Test
    void whereNoFontWorksTheRestIsWrittenAndOneLineSaysWhatIsMissing() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        Path out = dir.resolve("charts");
        // a font configuration the user chose that does not exist: corebench does not override it
        String log = report(List.of("-Dsun.awt.fontconfig=" + dir.resolve("no-such-fontconfig.properties")), run, out);

        assertThat(log).doesNotContain("internal error")
                .containsOnlyOnce("charts left out: this Java cannot draw text here");
        assertThat(out.resolve("index.html")).isNotEmptyFile();
        assertThat(out.resolve("summary.md")).isNotEmptyFile();
        assertThat(out.resolve("tables.csv")).isNotEmptyFile();
        assertThat(pngs(out)).isEmpty();
    }

    /** {@code corebench report} in a child JVM whose fontconfig finds no font; its output. */
    private String report(List<String> jvmOptions, Path run, Path out) throws Exception {
        Path noFonts = dir.resolve("fonts.conf");
        Files.writeString(noFonts, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
        Path log = dir.resolve("report.log");
        ProcessBuilder pb = CorebenchProcess.builder(List.of(), dir, "report", "--out", out.toString(), run.toString());
        List<String> options = new ArrayList<>(jvmOptions);
        // the JDK caches what fontconfig found in ~/.java/fonts: a fresh home, as on a new box
        options.add("-Duser.home=" + Files.createDirectories(dir.resolve("home")));
        pb.command().addAll(pb.command().indexOf("-cp"), options);
        pb.environment().put("FONTCONFIG_FILE", noFonts.toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String text = Files.readString(log);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    private static List<Path> pngs(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(".png")).toList();
        }
    }
}
