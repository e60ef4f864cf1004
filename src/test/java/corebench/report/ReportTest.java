package corebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole reporter on real and synthetic results folders. */
class ReportTest {

    @TempDir
    Path dir;

    @Test
    void rendersASyntheticSixteenCoreSweepWithAllFits() throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        Path out = dir.resolve("charts");
        Report.Outcome outcome = Report.render(RunAnalysis.of(ResultsReader.read(List.of(run))), out);
        assertThat(outcome.charts()).isEqualTo(4);
        assertThat(out.resolve("index.html")).exists();
        if (System.getProperty("corebench.report.keep") != null) {
            OutputFolder.replace(Path.of(System.getProperty("corebench.report.keep")), d -> {
                try (var files = Files.list(out)) {
                    for (Path f : files.toList()) {
                        Files.copy(f, d.resolve(f.getFileName()));
                    }
                }
            });
        }
    }
}
