package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;

/**
 * The charts that only make sense for one workload, across its scenarios (chunk sizes, strategies, cold
 * and warm starts, the bandwidth probe), beside the per-scenario charts of {@link ScenarioCharts}. A
 * workload that was not run gets none.
 */
public final class WorkloadCharts {

    /** Each workload's chart maker, in the order the report shows them. */
    private static final Map<String, BiFunction<RunAnalysis, String, Map<String, JFreeChart>>> MAKERS = makers();

    private WorkloadCharts() {
    }

    /** Writes every workload chart the results allow into {@code dir}; keyed by workload, in display order. */
    public static Map<String, List<RenderedChart>> write(RunAnalysis analysis, String subtitle, Path dir)
            throws IOException {
        Map<String, List<RenderedChart>> written = new LinkedHashMap<>();
        for (var maker : MAKERS.entrySet()) {
            List<RenderedChart> charts = new ArrayList<>();
            for (var chart : maker.getValue().apply(analysis, subtitle).entrySet()) {
                charts.add(ChartFiles.write(chart.getValue(), dir, chart.getKey()));
            }
            if (!charts.isEmpty()) {
                written.put(maker.getKey(), charts);
            }
        }
        return written;
    }

    private static Map<String, BiFunction<RunAnalysis, String, Map<String, JFreeChart>>> makers() {
        Map<String, BiFunction<RunAnalysis, String, Map<String, JFreeChart>>> makers = new LinkedHashMap<>();
        makers.put(GridBandwidthChart.WORKLOAD, GridBandwidthChart::charts);
        makers.put(GranularityChart.WORKLOAD, GranularityChart::charts);
        makers.put(ContentionChart.WORKLOAD, ContentionChart::charts);
        makers.put(StartupChart.WORKLOAD, StartupChart::charts);
        makers.put(BlockingChart.WORKLOAD, BlockingChart::charts);
        makers.put(QueueChart.WORKLOAD, QueueChart::charts);
        makers.put(PingPongChart.WORKLOAD, PingPongChart::charts);
        return makers;
    }
}
