package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;

/**
 * The ping-pong workload's lesson: the round-trip time of one message per hand-off mechanism (threads
 * through a SynchronousQueue, an Exchanger or park/unpark; JVMs over a pipe or through shared memory),
 * one chart per core count measured (1 CPU: both parties take turns on it; 2: each has its own), log
 * scale because the mechanisms differ by orders of magnitude.
 */
final class PingPongChart {

    static final String WORKLOAD = "pingpong";

    private PingPongChart() {
    }

    /** The charts, keyed by file name; empty when the workload was not run. */
    static Map<String, JFreeChart> charts(RunAnalysis analysis, String subtitle) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (int cores : new TreeSet<>(rows.stream().map(w -> w.row().cores()).toList())) {
            List<ThroughputBars.Bar> bars = new ArrayList<>();
            Map<String, Color> colours = new LinkedHashMap<>();
            WorkloadSeries.groupBy(rows, WorkloadRow::model).forEach((model, own) -> own.stream()
                    .filter(w -> w.row().cores() == cores).forEach(w -> {
                        colours.put(model, Palette.colour(model, colours.size()));
                        Estimate us = w.row().measurement().secondsPerOp().times(1e6 / w.number("rounds"));
                        bars.add(new ThroughputBars.Bar(model, label(w.param("mechanism")), us.value(), us.error()));
                    }));
            ChartText text = new ChartText(WORKLOAD + ": round-trip time per mechanism (on " + Numbers.cores(cores) + ")",
                    subtitle, "hand-off mechanism (platform-pool: two platform threads, virtual: two virtual threads,"
                    + " process-pool: two JVMs)", "µs per round trip (log scale; bars: 99.9% CI)");
            charts.put(WORKLOAD + "-round-trip-" + cores + "-cores", ThroughputBars.create(text, bars, colours, true));
        }
        return charts;
    }

    /** The mechanism as the axis shows it: short enough not to be cut. */
    private static String label(String mechanism) {
        return mechanism.equals("synchronous-queue") ? "sync-queue" : mechanism;
    }
}
