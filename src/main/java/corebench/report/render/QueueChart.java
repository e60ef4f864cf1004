package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/**
 * The queue workload's lessons, at the most cores measured with workers = cores: time per task against
 * task size, one series per model and queue, with the granularity workload's batches (chunk size 100)
 * beside them; time per task through a queue against through a batch at the same task size, per model;
 * and the JDK queues side by side. Queues measured at one task size only are left out of the first (they are
 * in the others), and the second shows each model's main queue. All log scale: hand-offs and tasks span decades.
 */
final class QueueChart {

    static final String WORKLOAD = "queue";
    private static final String BATCHES = "granularity";
    /** Granularity's batched point: a hand-off per 100 tasks. */
    private static final String BATCH_CHUNK = "100";
    private static final List<String> MAIN_QUEUES = List.of("linked/16", "own/16", "own/unbounded");

    private QueueChart() {
    }

    /** The charts, keyed by file name; empty when the workload was not run. */
    static Map<String, JFreeChart> charts(RunAnalysis analysis, String subtitle) {
        List<WorkloadRow> rows = top(WorkloadRow.of(analysis, WORKLOAD));
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return charts;
        }
        int cores = rows.get(0).row().cores();
        List<WorkloadRow> batches = top(WorkloadRow.of(analysis, BATCHES)).stream().filter(w -> w.row().cores() == cores).toList();
        charts.put(WORKLOAD + "-time-per-task-vs-task-size", timeVsTaskSize(rows, batches, cores, subtitle));
        String size = commonTaskSize(rows, batches);
        if (size != null) {
            charts.put(WORKLOAD + "-vs-batch", queueVsBatch(rows, batches, size, cores, subtitle));
        }
        List<WorkloadRow> jdk = rows.stream().filter(w -> !w.param("queue").equals("own")).toList();
        if (jdk.stream().map(QueueChart::queueLabel).distinct().count() > 1) {
            charts.put(WORKLOAD + "-jdk-queues", jdkQueues(jdk, cores, subtitle));
        }
        return charts;
    }

    private static JFreeChart timeVsTaskSize(List<WorkloadRow> rows, List<WorkloadRow> batches, int cores, String subtitle) {
        // curves only (a queue measured at one task size is in the other charts), and the batches beside them
        List<WorkloadRow> all = new ArrayList<>(rows.stream().filter(w -> rows.stream().filter(o -> seriesName(o).equals(seriesName(w)))
                .map(o -> o.param("taskSamples")).distinct().count() > 1).toList());
        all.addAll(batches.stream().filter(w -> BATCH_CHUNK.equals(w.param("chunkSize"))).toList());
        var groups = WorkloadSeries.groupBy(all, QueueChart::seriesName);
        List<PlotSeries> series = WorkloadSeries.series(groups, List.copyOf(groups.keySet()), w -> true,
                w -> w.number("taskSamples"), QueueChart::microsPerTask);
        double max = WorkloadSeries.maxX(series);
        ChartText text = new ChartText(WORKLOAD + ": time per task vs task size (" + cores + " workers on " + Numbers.cores(cores) + ")",
                subtitle, "Monte Carlo samples per task (log scale)", "µs per task (log scale; bars: 99.9% CI)");
        return ScalingPlot.create(text, series, new ScalingPlot.Options(true, null, null, max, max));
    }

    private static JFreeChart queueVsBatch(List<WorkloadRow> rows, List<WorkloadRow> batches, String size, int cores, String subtitle) {
        List<ThroughputBars.Bar> bars = new ArrayList<>();
        Map<String, Color> colours = new LinkedHashMap<>();
        List<WorkloadRow> same = new ArrayList<>(rows.stream().filter(w -> w.param("taskSamples").equals(size)
                && queueLabel(w).equals(mainQueue(rows, w.model()))).toList());
        same.addAll(batches.stream().filter(w -> w.param("taskSamples").equals(size)
                && (w.param("chunkSize").equals("1") || w.param("chunkSize").equals(BATCH_CHUNK))).toList());
        WorkloadSeries.groupBy(same, WorkloadRow::model).forEach((model, own) -> own.forEach(w -> {
            String how = w.scenario().scenario().workload().equals(WORKLOAD) ? "queue: " + queueLabel(w) : "batch: chunk " + w.param("chunkSize");
            colours.computeIfAbsent(how, h -> Palette.colour(h, colours.size()));
            Estimate us = microsPerTask(w);
            bars.add(new ThroughputBars.Bar(how, model, us.value(), us.error()));
        }));
        ChartText text = new ChartText(WORKLOAD + " vs batch: time per task at " + size + " samples per task (" + cores
                + " workers on " + Numbers.cores(cores) + ")", subtitle, "model",
                "µs per task (log scale; bars: 99.9% CI)");
        return ThroughputBars.create(text, bars, colours, true);
    }

    private static JFreeChart jdkQueues(List<WorkloadRow> jdk, int cores, String subtitle) {
        List<ThroughputBars.Bar> bars = new ArrayList<>();
        Map<String, Color> colours = new LinkedHashMap<>();
        String size = mostCommonTaskSize(jdk);
        WorkloadSeries.groupBy(jdk, WorkloadRow::model).forEach((model, own) -> own.stream()
                .filter(w -> w.param("taskSamples").equals(size)).forEach(w -> {
                    colours.put(model, Palette.colour(model, colours.size()));
                    Estimate us = microsPerTask(w);
                    bars.add(new ThroughputBars.Bar(model, queueLabel(w), us.value(), us.error()));
                }));
        ChartText text = new ChartText(WORKLOAD + ": the JDK queues at " + size + " samples per task (" + cores
                + " consumer threads on " + Numbers.cores(cores) + ")", subtitle, "queue/capacity", "µs per task (log scale; bars: 99.9% CI)");
        return ThroughputBars.create(text, bars, colours, true);
    }

    /** The rows at the most cores measured with workers = cores. */
    private static List<WorkloadRow> top(List<WorkloadRow> rows) {
        int cores = WorkloadRow.topCores(rows);
        return rows.stream().filter(w -> w.row().cores() == cores && w.row().workers() == cores).toList();
    }

    /** A task size both workloads measured (granularity's own, normally), or null. */
    private static String commonTaskSize(List<WorkloadRow> rows, List<WorkloadRow> batches) {
        return batches.stream().map(w -> w.param("taskSamples")).filter(s -> rows.stream().anyMatch(w -> w.param("taskSamples").equals(s)))
                .findFirst().orElse(null);
    }

    /**
     * The queue a model is compared with batches on: the default plan's (linked/16 for threads, the
     * process pool's ring at 16, the cluster's unbounded IQueue), else the first it ran.
     */
    private static String mainQueue(List<WorkloadRow> rows, String model) {
        List<String> labels = rows.stream().filter(w -> w.model().equals(model)).map(QueueChart::queueLabel).distinct().toList();
        return MAIN_QUEUES.stream().filter(labels::contains).findFirst().orElse(labels.get(0));
    }

    /** The task size most rows have: the one the queues are compared at. */
    private static String mostCommonTaskSize(List<WorkloadRow> rows) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(w -> w.param("taskSamples"),
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String seriesName(WorkloadRow w) {
        return w.scenario().scenario().workload().equals(WORKLOAD) ? w.model() + ", queue " + queueLabel(w)
                : w.model() + ", batch of " + w.param("chunkSize");
    }

    /** {@code linked/16}, {@code transfer/unbounded}, {@code own/16} (a ring or IQueue of the model's own). */
    private static String queueLabel(WorkloadRow w) {
        return w.param("queue") + "/" + (w.param("capacity").equals("0") ? "unbounded" : w.param("capacity"));
    }

    /** An operation's time spread over its {@code tasks} tasks (docs/results-format.md). */
    private static Estimate microsPerTask(WorkloadRow w) {
        return w.row().measurement().secondsPerOp().times(1e6 / w.number("tasks"));
    }
}
