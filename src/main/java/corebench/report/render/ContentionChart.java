package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The contention workload's lesson, one chart per model: adds per second against cores, one series per
 * strategy (shared total behind a lock, an atomic, an adder, or per-worker partials reduced at the end).
 * Per model rather than one crowded chart: the strategies differ by orders of magnitude, and a model
 * runs only some of them (process models: partials and the mapped atomic).
 */
final class ContentionChart {

    static final String WORKLOAD = "contention";

    private ContentionChart() {
    }

    /** One chart per model, keyed by file name; empty when the workload was not run. */
    static Map<String, JFreeChart> charts(RunAnalysis analysis, String subtitle) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD).stream()
                .filter(w -> w.row().workers() == w.row().cores()).toList();
        // every chart colours a strategy the same: by its place among all strategies measured
        List<String> strategies = WorkloadSeries.groupBy(rows, w -> w.param("strategy")).keySet().stream().toList();
        Numbers.Scale scale = WorkloadSeries.scaleForSmallest(rows, ContentionChart::addsPerSecond);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        WorkloadSeries.groupBy(rows, WorkloadRow::model).forEach((model, own) -> {
            List<PlotSeries> series = WorkloadSeries.series(WorkloadSeries.groupBy(own, w -> w.param("strategy")),
                    strategies, w -> true, w -> w.row().cores(), w -> addsPerSecond(w).times(1 / scale.divisor()));
            double maxCores = WorkloadSeries.maxX(series);
            ChartText text = new ChartText(WORKLOAD + " on " + model + ": strategies vs cores (workers = cores)",
                    subtitle, "cores (log scale)", "adds to the total (" + scale.unit("adds/s")
                    + ", log scale; bars: 99.9% CI)");
            charts.put(WORKLOAD + "-strategies-on-" + ScenarioCharts.slug(model),
                    ScalingPlot.create(text, series, new ScalingPlot.Options(true, null, null, maxCores, maxCores)));
        });
        return charts;
    }

    /** {@code adds} per operation (docs/results-format.md) over the time of one. */
    private static Estimate addsPerSecond(WorkloadRow w) {
        return Estimate.exact(w.number("adds")).dividedBy(w.row().measurement().secondsPerOp());
    }
}
