package corebench.report.render;

import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import corebench.report.results.KnownModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Turns a workload's rows into plot series: one per model (or per other key), coloured by {@link Palette}. */
final class WorkloadSeries {

    private WorkloadSeries() {
    }

    /** The rows grouped by {@code key}, models in display order (others alphabetically after them). */
    static Map<String, List<WorkloadRow>> groupBy(List<WorkloadRow> rows, Function<WorkloadRow, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, () -> new TreeMap<>(KnownModels.ORDER),
                Collectors.toList()));
    }

    /**
     * One series per group: the rows that pass {@code keep} as points at {@code x} with value {@code y},
     * sorted by x; groups without such rows are left out. A series' colour and marker follow its name
     * (a model's are fixed) or, for other names, its position in {@code palette}.
     */
    static List<PlotSeries> series(Map<String, List<WorkloadRow>> groups, List<String> palette,
                                   Predicate<WorkloadRow> keep, ToDoubleFunction<WorkloadRow> x,
                                   Function<WorkloadRow, Estimate> y) {
        List<PlotSeries> series = new ArrayList<>();
        groups.forEach((name, rows) -> {
            List<PlotSeries.Point> points = rows.stream().filter(keep)
                    .map(w -> new PlotSeries.Point(x.applyAsDouble(w), y.apply(w).value(), y.apply(w).error()))
                    .sorted((a, b) -> Double.compare(a.x(), b.x())).toList();
            if (!points.isEmpty()) {
                int index = palette.indexOf(name);
                series.add(new PlotSeries(name, Palette.colour(name, index), Palette.shape(name, index), points,
                        List.of()));
            }
        });
        return series;
    }

    /** The largest x of any point, for the plot's range. */
    static double maxX(List<PlotSeries> series) {
        return series.stream().flatMap(s -> s.points().stream()).mapToDouble(PlotSeries.Point::x).max().orElse(1);
    }

    /** A scale for values that span decades: chosen by the smallest, so no tick reads 0.00. */
    static Numbers.Scale scaleForSmallest(List<WorkloadRow> rows, Function<WorkloadRow, Estimate> y) {
        return Numbers.scaleFor(rows.stream().mapToDouble(w -> y.apply(w).value()).filter(v -> v > 0).min().orElse(1));
    }
}
