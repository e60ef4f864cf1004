package corebench.report.render;

import corebench.report.compare.Comparison;
import corebench.report.compare.Contender;
import corebench.report.compare.Metric;
import corebench.report.compare.ModelComparison;
import corebench.report.compare.ScenarioComparison;
import corebench.report.compare.Standing;
import corebench.report.results.Estimate;
import java.awt.Color;
import java.awt.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/**
 * The charts of one scenario of a comparison, one colour per machine in every chart: per model the
 * speedup vs cores of every machine, and per {@link Metric} the machines' figures as bars, one group per
 * model. Per-GHz charts show only the machines whose frequency is known.
 */
public final class ComparisonCharts {

    private ComparisonCharts() {
    }

    /** Writes the scenario's charts into {@code dir} and returns them in display order. */
    public static List<RenderedChart> write(Comparison c, ScenarioComparison s, Path dir) throws IOException {
        String slug = ScenarioCharts.slug(s.label());
        String subtitle = subtitle(c);
        List<RenderedChart> charts = new ArrayList<>();
        for (ModelComparison m : s.models()) {
            List<PlotSeries> series = speedups(c, m);
            if (series.stream().anyMatch(p -> p.points().size() > 1)) {
                charts.add(ChartFiles.write(speedup(s, m, series, subtitle), dir,
                        slug + "-" + ScenarioCharts.slug(m.model()) + "-speedup"));
            }
        }
        for (Metric metric : Metric.values()) {
            List<ThroughputBars.Bar> bars = bars(s, metric);
            if (!bars.isEmpty()) {
                charts.add(ChartFiles.write(metricChart(c, s, metric, bars, subtitle), dir,
                        slug + "-" + ScenarioCharts.fileName(metric.column())));
            }
        }
        return charts;
    }

    /** A machine's colour, the same in every chart and table of the comparison. */
    public static Color colour(Comparison c, Contender contender) {
        return Palette.colour(contender.label(), c.contenders().indexOf(contender));
    }

    /** Every machine's label with its colour as {@code #rrggbb}, for table swatches. */
    public static Map<String, String> swatches(Comparison c) {
        Map<String, String> swatches = new LinkedHashMap<>();
        c.contenders().forEach(m -> swatches.put(m.label(), Palette.hex(colour(c, m))));
        return swatches;
    }

    /** The machines and the baseline in one line. */
    static String subtitle(Comparison c) {
        return c.contenders().stream().map(m -> m.label() + (m.machine().cpuModel() == null ? ""
                        : " (" + m.machine().cpuModel() + ")")).collect(Collectors.joining(" vs "))
                + " · baseline " + c.baseline().label() + " · bars: 99.9% CI";
    }

    private static Shape shape(Comparison c, Contender contender) {
        return Palette.shape(contender.label(), c.contenders().indexOf(contender));
    }

    /** Each machine's speedup curve (relative to its own 1-core run) for one model. */
    private static List<PlotSeries> speedups(Comparison c, ModelComparison m) {
        List<PlotSeries> series = new ArrayList<>();
        for (Standing st : m.measured()) {
            var model = st.series().orElseThrow();
            if (model.baseline().isEmpty()) {
                continue;
            }
            List<PlotSeries.Point> points = model.scaling().stream()
                    .map(r -> new PlotSeries.Point(r.cores(), r.speedup().value(), r.speedup().error())).toList();
            // a lone point (speedup 1 on 1 core) hides under the others' first point: the legend says why
            String name = st.contender().label() + (points.size() == 1 ? " (" + ComparisonTables.cores(st.maxCores()) + " only)" : "");
            series.add(new PlotSeries(name, colour(c, st.contender()), shape(c, st.contender()), points, List.of()));
        }
        return series;
    }

    private static JFreeChart speedup(ScenarioComparison s, ModelComparison m, List<PlotSeries> series, String subtitle) {
        boolean weak = s.scenario().weakScaling();
        String what = weak ? "scaled speedup" : "speedup";
        double maxCores = series.stream().flatMap(p -> p.points().stream()).mapToDouble(PlotSeries.Point::x).max().orElse(1);
        ChartText text = new ChartText(s.label() + ", " + m.model() + ": " + what + " vs cores by machine", subtitle,
                "cores (log scale)", what + " (× the same model on 1 core of the same machine)");
        return ScalingPlot.create(text, series, new ScalingPlot.Options(true, p -> p, "ideal (speedup = cores)",
                maxCores, maxCores));
    }

    /** One bar per machine and model that has the metric; the cores over bars that are not 1-core figures. */
    private static List<ThroughputBars.Bar> bars(ScenarioComparison s, Metric metric) {
        List<ThroughputBars.Bar> bars = new ArrayList<>();
        for (ModelComparison m : s.models()) {
            for (Standing st : m.standings()) {
                Estimate e = st.figure(metric);
                if (e.present()) {
                    String cores = metric == Metric.ONE_CORE || metric == Metric.ONE_CORE_PER_GHZ ? null
                            : String.valueOf(st.maxCores());
                    bars.add(new ThroughputBars.Bar(st.contender().label(), m.model(), e.value(), e.error(), cores));
                }
            }
        }
        return bars;
    }

    private static JFreeChart metricChart(Comparison c, ScenarioComparison s, Metric metric, List<ThroughputBars.Bar> bars,
                                          String subtitle) {
        Numbers.Scale scale = Numbers.scaleFor(bars.stream().mapToDouble(ThroughputBars.Bar::value).max().orElse(1));
        List<ThroughputBars.Bar> scaled = bars.stream().map(b -> new ThroughputBars.Bar(b.series(), b.category(),
                b.value() / scale.divisor(), b.error() / scale.divisor(), b.label())).toList();
        Map<String, Color> colours = new LinkedHashMap<>();
        c.contenders().forEach(m -> colours.put(m.label(), colour(c, m)));
        String note = switch (metric) {
            case ONE_CORE -> "1 worker on 1 core";
            case ALL_CORES -> "on the most cores measured (number in the bar)";
            case PER_CORE -> "all-core throughput ÷ cores (number in the bar)";
            case ONE_CORE_PER_GHZ -> "÷ GHz; unknown frequency: left out";
            case PER_CORE_PER_GHZ -> "per core ÷ GHz; unknown frequency: left out";
        };
        ChartText text = new ChartText(s.label() + ": throughput, " + metric.label() + ", by machine and model",
                subtitle + " · " + note, "model", metric.label() + " (" + scale.unit(metric.unit(s.work().throughputUnit()))
                + "; bars: 99.9% CI)");
        return ThroughputBars.create(text, scaled, colours);
    }
}
