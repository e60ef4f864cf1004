package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The blocking workload's lesson: tasks per second against workers, far beyond the cores, one series
 * per model. Tasks mostly wait, so throughput should grow with the workers as long as a model can
 * afford that many of them.
 */
final class BlockingChart {

    static final String WORKLOAD = "blocking";

    private BlockingChart() {
    }

    /** The chart, keyed by file name; empty when the workload was not run. */
    static Map<String, JFreeChart> charts(RunAnalysis analysis, String subtitle) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        // the most cores of any row: this workload's worker counts are not tied to the cores
        int cores = rows.stream().mapToInt(w -> w.row().cores()).max().orElse(0);
        List<WorkloadRow> top = rows.stream().filter(w -> w.row().cores() == cores).toList();
        Numbers.Scale scale = WorkloadSeries.scaleForSmallest(top, BlockingChart::tasksPerSecond);
        List<PlotSeries> series = WorkloadSeries.series(WorkloadSeries.groupBy(top, WorkloadRow::model), List.of(),
                w -> true, w -> w.row().workers(), w -> tasksPerSecond(w).times(1 / scale.divisor()));
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (series.isEmpty()) {
            return charts;
        }
        double maxWorkers = WorkloadSeries.maxX(series);
        ChartText text = new ChartText(WORKLOAD + ": throughput vs workers (on " + Numbers.cores(cores) + ")",
                subtitle, "workers (log scale)", "throughput (" + scale.unit("tasks/s") + ", log scale; bars: 99.9% CI)");
        charts.put(WORKLOAD + "-throughput-vs-workers",
                ScalingPlot.create(text, series, new ScalingPlot.Options(true, null, null, maxWorkers, maxWorkers)));
        return charts;
    }

    /** {@code tasks} per operation (docs/results-format.md) over the time of one. */
    private static Estimate tasksPerSecond(WorkloadRow w) {
        return Estimate.exact(w.number("tasks")).dividedBy(w.row().measurement().secondsPerOp());
    }
}
