package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.StartupRows;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The startup workload's lesson: per model, the time of one trivial task on a new model (create, run,
 * close; a cold shot of several starts counts per start) against the same task on a running one (reuse), on a log scale because the two differ from
 * microseconds to hundreds of milliseconds. One bar colour per model, as in every chart.
 */
final class StartupChart {

    static final String WORKLOAD = "startup";

    private static final Map<String, String> STARTS = Map.of(
            "cold", "cold: create + run + close", "warm", "warm: reuse a running model");

    private StartupChart() {
    }

    /** The chart, keyed by file name; empty when the workload was not run. */
    static Map<String, JFreeChart> charts(RunAnalysis analysis, String subtitle) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        int cores = WorkloadRow.topCores(rows);
        List<ThroughputBars.Bar> bars = new ArrayList<>();
        Map<String, Color> colours = new LinkedHashMap<>();
        // cold before warm, whatever order the scenarios came in
        for (String start : List.of("cold", "warm")) {
            WorkloadSeries.groupBy(rows, WorkloadRow::model).forEach((model, own) -> own.stream()
                    .filter(w -> start.equals(StartupRows.start(w)) && w.row().cores() == cores && w.row().workers() == cores)
                    .forEach(w -> {
                        Estimate ms = StartupRows.secondsPerStart(w).times(1e3);
                        colours.put(model, Palette.colour(model, colours.size()));
                        bars.add(new ThroughputBars.Bar(model, STARTS.get(start), ms.value(), ms.error()));
                    }));
        }
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (bars.isEmpty()) {
            return charts;
        }
        ChartText text = new ChartText(WORKLOAD + ": start-up vs reuse (" + cores + " workers on "
                + Numbers.cores(cores) + ")", subtitle, "one trivial task",
                "ms per task (log scale; bars: 99.9% CI)");
        charts.put(WORKLOAD + "-cold-vs-warm", ThroughputBars.create(text, bars, colours, true));
        return charts;
    }
}
