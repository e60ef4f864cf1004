package corebench.report.render;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Absolute values as grouped bars with error bars: one group per category (a core count), one bar per
 * series (a model), so a normalised chart never hides a slow baseline.
 */
final class ThroughputBars {

    /**
     * One bar.
     *
     * @param series   the bar's series (legend entry)
     * @param category its group on the x axis
     * @param value    the value
     * @param error    its 99.9% half-width (NaN: no error bar)
     */
    record Bar(String series, String category, double value, double error) {
    }

    private ThroughputBars() {
    }

    /** The bars; {@code colours} gives each series its colour. */
    static JFreeChart create(ChartText text, List<Bar> bars, Map<String, Color> colours) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Bar b : bars) {
            data.add(b.value(), Double.isFinite(b.error()) ? b.error() : 0, b.series(), b.category());
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, colours.get((String) data.getRowKey(i)));
        }
        CategoryAxis x = new CategoryAxis(text.xLabel());
        NumberAxis y = new NumberAxis(text.yLabel());
        for (var axis : List.of(x, y)) {
            axis.setLabelFont(ChartStyle.LABEL);
            axis.setTickLabelFont(ChartStyle.TICK);
        }
        // the values decide the range, not the error bars (see ScalingPlot): a huge interval runs off the chart
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        y.setRange(0, max * 1.35);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return ChartStyle.chart(text, plot);
    }
}
