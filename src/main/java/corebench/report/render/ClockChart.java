package corebench.report.render;

import corebench.report.analysis.ClockSteps;
import corebench.report.results.StepTopology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The effective clock of each core-count step (the clock probe), so that a turbo drop is seen, not blamed on a model. */
public final class ClockChart {
    /** The chart's file name (PNG and SVG). */
    static final String NAME = "clock-ghz-per-core-count";

    private ClockChart() {
    }

    /** Writes the GHz-per-step chart into {@code dir}. */
    public static RenderedChart write(ClockSteps clock, StepTopology topology, String subtitle, Path dir) throws IOException {
        List<PlotSeries.Point> points = clock.ghzByCores().entrySet().stream()
                .map(e -> new PlotSeries.Point(e.getKey(), e.getValue().value(), e.getValue().error())).toList();
        int max = clock.ghzByCores().keySet().stream().mapToInt(Integer::intValue).max().orElse(1);
        PlotSeries series = new PlotSeries("effective GHz per core", Palette.colour("platform-pool", 0),
                Palette.shape("platform-pool", 0), points, List.of());
        ChartText text = new ChartText("clock: effective GHz per core vs cores", subtitle, "cores (log scale; all busy at once)",
                "GHz (dependent multiplies x cycles each / s; bars: 99.9% CI)");
        List<StepTopology.Boundary> boundaries = topology.boundaries().stream().filter(b -> b.from() <= max).toList();
        return ChartFiles.write(ScalingPlot.create(text, List.of(series),
                new ScalingPlot.Options(false, null, null, max, max, boundaries)), dir, NAME);
    }
}
