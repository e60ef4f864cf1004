package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue and ping-pong charts from a real run (fixture {@code queues}): files, series, and absent when not run. */
class QueueChartsTest {

    /** Each chart and names it must show. */
    private static final Map<String, List<String>> SHOWN = Map.of(
            "queue-time-per-task-vs-task-size", List.of("platform-pool, queue linked/16", "process-pool, queue own/16",
                    "cluster, queue own/unbounded", "platform-pool, batch of 100", "process-pool, batch of 100"),
            "queue-vs-batch", List.of("queue: linked/16", "queue: own/16", "queue: own/unbounded", "batch: chunk 1",
                    "batch: chunk 100", "virtual", "forkjoin", "cluster"),
            "queue-jdk-queues", List.of("array/16", "linked/unbounded", "transfer/unbounded", "synchronous/16", "platform-pool"),
            "pingpong-round-trip-1-cores", List.of("park", "pipe", "shared-memory", "process-pool"),
            "pingpong-round-trip-2-cores", List.of("sync-queue", "exchanger", "park", "pipe", "shared-memory", "virtual"));

    @TempDir
    static Path dir;

    static Map<String, List<RenderedChart>> charts;

    @BeforeAll
    static void render() throws Exception {
        Path run = ResultFixtures.copy("queues", dir);
        charts = WorkloadCharts.write(RunAnalysis.of(ResultsReader.read(List.of(run))), "subtitle",
                Files.createDirectories(dir.resolve("charts")));
    }

    @Test
    void drawsTheQueueAndPingPongChartsAsPngAndSvg() throws Exception {
        assertThat(charts).containsKeys("queue", "pingpong");
        assertThat(charts.get("queue").stream().map(RenderedChart::name)).containsExactly(
                "queue-time-per-task-vs-task-size", "queue-vs-batch", "queue-jdk-queues");
        assertThat(charts.get("pingpong").stream().map(RenderedChart::name)).containsExactly(
                "pingpong-round-trip-1-cores", "pingpong-round-trip-2-cores");
        List<String> files = new ArrayList<>(SHOWN.keySet());
        files.add("granularity-time-per-task"); // the batches' own chart, from the same run
        RenderedFiles.assertCharts(dir.resolve("charts"), files);
        RenderedFiles.assertPngsAreCharts(dir.resolve("charts"));
        for (var shown : SHOWN.entrySet()) {
            String text = RenderedFiles.svg(dir.resolve("charts").resolve(shown.getKey() + ".svg")).getTextContent();
            assertThat(text).as(shown.getKey()).contains(shown.getValue());
        }
    }

    @Test
    void singlePointQueuesStayOutOfTheCurvesAndEachModelMeetsTheBatchesOnItsMainQueue() throws Exception {
        String curves = RenderedFiles.svg(dir.resolve("charts").resolve("queue-time-per-task-vs-task-size.svg")).getTextContent();
        assertThat(curves).doesNotContain("array/16", "transfer/unbounded");
        String bars = RenderedFiles.svg(dir.resolve("charts").resolve("queue-vs-batch.svg")).getTextContent();
        assertThat(bars).doesNotContain("array/16", "linked/unbounded");
    }

    @Test
    void aRunWithoutThemGetsNone() throws Exception {
        Path other = ResultFixtures.copy("workloads", dir);
        Map<String, List<RenderedChart>> none = WorkloadCharts.write(RunAnalysis.of(ResultsReader.read(List.of(other))), "subtitle",
                Files.createDirectories(dir.resolve("none")));
        assertThat(none).doesNotContainKeys("queue", "pingpong");
    }
}
