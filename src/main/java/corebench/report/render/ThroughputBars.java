package corebench.report.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;

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
     * @param label    a short text over the bar, or {@code null}
     */
    record Bar(String series, String category, double value, double error, String label) {

        Bar(String series, String category, double value, double error) {
            this(series, category, value, error, null);
        }
    }

    private ThroughputBars() {
    }

    /** The bars on a linear axis from 0; {@code colours} gives each series its colour. */
    static JFreeChart create(ChartText text, List<Bar> bars, Map<String, Color> colours) {
        return create(text, bars, colours, false);
    }

    /** The bars, on a log10 axis if {@code logY} (values spanning decades); {@code colours} as above. */
    static JFreeChart create(ChartText text, List<Bar> bars, Map<String, Color> colours, boolean logY) {
        // no standard deviations in the dataset: the renderer draws the intervals itself, clipped
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        Map<List<String>, Double> errors = new HashMap<>();
        for (Bar b : bars) {
            data.add(b.value(), null, b.series(), b.category());
            errors.put(List.of(b.series(), b.category()), Double.isFinite(b.error()) ? b.error() : 0);
        }
        StatisticalBarRenderer renderer = new ClippedErrorBarRenderer(errors);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, colours.get((String) data.getRowKey(i)));
        }
        labelBars(renderer, bars);
        CategoryAxis x = new CategoryAxis(text.xLabel());
        ValueAxis y = logY ? new ClippedLogAxis(text.yLabel()) : new NumberAxis(text.yLabel());
        for (var axis : List.of(x, y)) {
            axis.setLabelFont(ChartStyle.LABEL);
            axis.setTickLabelFont(ChartStyle.TICK);
        }
        // the values decide the range, not the error bars (see ScalingPlot): a huge interval ends in an arrow
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        double min = bars.stream().mapToDouble(Bar::value).filter(v -> v > 0).min().orElse(1);
        Range range = logY ? new Range(min / 3, max * 3) : new Range(0, max * 1.35);
        y.setRange(range);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = ChartStyle.chart(text, plot);
        if (bars.stream().anyMatch(b -> Double.isFinite(b.error())
                && IntervalBar.beyond(b.value() - b.error(), b.value() + b.error(), range))) {
            IntervalBar.addNote(chart);
        }
        return chart;
    }

    /**
     * Bars with their error bars drawn as an {@link IntervalBar}: clipped at the plot's edge with an arrow where
     * the interval reaches beyond it.
     */
    private static final class ClippedErrorBarRenderer extends StatisticalBarRenderer {
        private static final long serialVersionUID = 1L;
        private static final double CAP_HALF_WIDTH = 5;
        /** Each bar's 99.9% half-width by (series, category). */
        private final Map<List<String>, Double> errors;

        ClippedErrorBarRenderer(Map<List<String>, Double> errors) {
            this.errors = Map.copyOf(errors);
        }

        @Override
        protected void drawVerticalItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                                        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                                        StatisticalCategoryDataset dataset, int visibleRow, int row, int column) {
            super.drawVerticalItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, visibleRow, row, column);
            Number mean = dataset.getMeanValue(row, column);
            Double error = errors.get(List.of((String) dataset.getRowKey(row), (String) dataset.getColumnKey(column)));
            if (mean == null || error == null) {
                return;
            }
            double x = calculateBarW0(plot, PlotOrientation.VERTICAL, dataArea, domainAxis, state, visibleRow, column)
                    + state.getBarWidth() / 2;
            IntervalBar bar = IntervalBar.of(x, mean.doubleValue() - error, mean.doubleValue() + error, rangeAxis, dataArea,
                    plot.getRangeAxisEdge(), CAP_HALF_WIDTH);
            g2.setPaint(getErrorIndicatorPaint());
            g2.setStroke(getErrorIndicatorStroke());
            bar.draw(g2);
        }
    }

    /**
     * A log10 axis on which a value at or below zero lies far below the chart instead of nowhere: an error
     * bar whose interval reaches below zero then runs off the bottom, as in {@link ScalingPlot}, rather
     * than losing its lower half.
     */
    private static final class ClippedLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;

        ClippedLogAxis(String label) {
            super(label);
            // one tick per decade: automatic log ticks fall on fractional exponents (0.631, 3.981)
            setTickUnit(new NumberTickUnit(1));
            setNumberFormatOverride(new DecimalFormat("0.###"));
            setMinorTickMarksVisible(false);
        }

        @Override
        public double valueToJava2D(double value, Rectangle2D area, RectangleEdge edge) {
            return super.valueToJava2D(value > 0 ? value : getLowerBound() / 1e6, area, edge);
        }
    }

    /** Draws each bar's label over it, if any bar has one. */
    private static void labelBars(StatisticalBarRenderer renderer, List<Bar> bars) {
        Map<List<String>, String> labels = new HashMap<>();
        bars.stream().filter(b -> b.label() != null).forEach(b -> labels.put(List.of(b.series(), b.category()), b.label()));
        if (labels.isEmpty()) {
            return;
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return labels.get(List.of((String) dataset.getRowKey(row), (String) dataset.getColumnKey(column)));
            }
        });
        // at the foot of the bar, in white: the top is where the error bar is drawn
        renderer.setDefaultItemLabelFont(ChartStyle.TICK.deriveFont(Font.BOLD));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE6, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultItemLabelsVisible(true);
    }
}
