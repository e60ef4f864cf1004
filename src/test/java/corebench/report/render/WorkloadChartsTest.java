package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.Report;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ReportException;
import corebench.report.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workload charts from a real run (fixture {@code workloads}): drawn when the data is there, absent when not. */
class WorkloadChartsTest {

    /** Each chart and the series it must name; the grid charts' names come from the scenario labels (no in-place here). */
    private static final Map<String, List<String>> SHOWN = Map.of(
            "granularity-time-per-task", List.of("sequential", "platform-pool", "thread-per-task", "virtual",
                    "forkjoin", "parallel-stream", "process-pool", "process-per-task", "cluster"),
            "contention-strategies-on-platform-pool", List.of("synchronized", "lock", "atomic", "adder", "partials",
                    "mapped-atomic"),
            "contention-strategies-on-process-pool", List.of("partials", "mapped-atomic"),
            "startup-cold-vs-warm", List.of("platform-pool", "thread-per-task", "virtual", "forkjoin", "process-pool",
                    "process-per-task", "cold", "warm"),
            "blocking-throughput-vs-workers", List.of("platform-pool", "virtual", "process-pool"),
            "grid-bandsperworker-1-size-4096-bandwidth", List.of("sequential", "platform-pool",
                    "forkjoin", "process-pool", GridBandwidthChart.PROBE),
            "grid-bandsperworker-1-size-512-bandwidth", List.of("sequential", GridBandwidthChart.PROBE),
            "grid-bandsperworker-4-size-4096-bandwidth", List.of("virtual", GridBandwidthChart.PROBE));

    @TempDir
    static Path dir;

    static Path run;

    static Map<String, List<RenderedChart>> charts;

    @BeforeAll
    static void render() throws Exception {
        run = ResultFixtures.copy("workloads", dir);
        Path out = Files.createDirectories(dir.resolve("charts"));
        charts = WorkloadCharts.write(analysis(run), "subtitle", out);
    }

    private static RunAnalysis analysis(Path folder) throws ReportException {
        return RunAnalysis.of(ResultsReader.read(List.of(folder)));
    }

    @Test
    void drawsEachWorkloadsChartsAsPngAndSvg() throws IOException {
        assertThat(charts).containsOnlyKeys("grid", "granularity", "contention", "startup", "blocking");
        assertThat(charts.values().stream().flatMap(List::stream).map(RenderedChart::name))
                .containsExactlyInAnyOrderElementsOf(SHOWN.keySet());
        RenderedFiles.assertCharts(dir.resolve("charts"), List.copyOf(SHOWN.keySet()));
        RenderedFiles.assertPngsAreCharts(dir.resolve("charts"));
    }

    @Test
    void svgsParseAndNameEverySeriesShown() throws Exception {
        for (var shown : SHOWN.entrySet()) {
            String text = RenderedFiles.svg(dir.resolve("charts").resolve(shown.getKey() + ".svg")).getTextContent();
            assertThat(text).as(shown.getKey()).contains(shown.getValue());
        }
    }

    @Test
    void gridBarsAreLabelledWithTheirShareOfTheProbe() throws Exception {
        String text = RenderedFiles.svg(dir.resolve("charts")
                .resolve("grid-bandsperworker-1-size-4096-bandwidth.svg")).getTextContent();
        // the probe was measured at this size on both core counts, so every model bar has its share
        assertThat(text).containsPattern("\\d+%");
    }

    @Test
    void absentWorkloadsGetNoChartAndNoError() throws Exception {
        Path onlyStartup = ResultFixtures.copy("workloads", dir.resolve("only-startup"));
        ResultFixtures.editResults(onlyStartup, results -> {
            for (int i = results.size() - 1; i >= 0; i--) {
                if (!results.get(i).path("benchmark").asText().endsWith("StartupBench.firstTask")) {
                    results.remove(i);
                }
            }
            return results;
        });
        Path out = Files.createDirectories(dir.resolve("only-startup-charts"));
        assertThat(WorkloadCharts.write(analysis(onlyStartup), "subtitle", out)).containsOnlyKeys("startup");
        assertThat(WorkloadCharts.write(analysis(ResultFixtures.copy("restricted", dir)), "subtitle", out))
                .isEmpty();
    }

    @Test
    void reportShowsThemInHtmlAndSummary() throws Exception {
        Path out = dir.resolve("report");
        Report.render(analysis(run), out);
        String html = Files.readString(out.resolve("index.html"));
        RenderedFiles.assertSelfContained(html);
        String summary = Files.readString(out.resolve("summary.md"));
        for (String name : SHOWN.keySet()) {
            assertThat(html).contains(name + ".png");
            assertThat(summary).contains(name + ".png");
        }
        assertThat(html.indexOf("granularity: across its scenarios")).isLessThan(html.indexOf("<h2>granularity chunkSize"));
        assertThat(RenderedFiles.ids(html)).doesNotHaveDuplicates();
    }
}
