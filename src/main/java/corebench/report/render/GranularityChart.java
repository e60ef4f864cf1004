package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The granularity workload's lesson: time per task against chunk size (tasks per submission), one
 * series per model, at the most cores measured with workers = cores. Where the line falls with the chunk
 * size, the model's cost is per submission, not per task.
 */
final class GranularityChart {

    static final String WORKLOAD = "granularity";

    private GranularityChart() {
    }

    /** The chart, keyed by file name; empty when the workload was not run. */
    static Map<String, JFreeChart> charts(RunAnalysis analysis, String subtitle) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        int cores = WorkloadRow.topCores(rows);
        List<PlotSeries> series = WorkloadSeries.series(WorkloadSeries.groupBy(rows, WorkloadRow::model), List.of(),
                w -> w.row().cores() == cores && w.row().workers() == cores, w -> w.number("chunkSize"),
                GranularityChart::microsPerTask);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (series.isEmpty()) {
            return charts;
        }
        double maxChunk = WorkloadSeries.maxX(series);
        ChartText text = new ChartText(WORKLOAD + ": time per task vs chunk size (" + cores + " cores, workers = cores)",
                subtitle, "chunk size: tasks per submission (log scale)", "µs per task (log scale; bars: 99.9% CI)");
        charts.put(WORKLOAD + "-time-per-task",
                ScalingPlot.create(text, series, new ScalingPlot.Options(true, null, null, maxChunk, maxChunk)));
        return charts;
    }

    /** A batch's time spread over its tasks ({@code tasks} per operation, docs/results-format.md). */
    private static Estimate microsPerTask(WorkloadRow w) {
        return w.row().measurement().secondsPerOp().times(1e6 / w.number("tasks"));
    }
}
