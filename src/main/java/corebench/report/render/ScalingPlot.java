package corebench.report.render;

import corebench.report.results.StepTopology;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A chart of something against cores on a log2 axis: measured points with error bars joined by lines,
 * one colour per series, optional fitted curves (solid over the measured cores, dashed beyond them up to
 * {@link Options#extendTo}) and an optional reference line (ideal scaling).
 */
final class ScalingPlot {

    private static final int CURVE_STEPS = 80;
    private static final Line2D LEGEND_LINE = new Line2D.Double(-12, 0, 12, 0);

    /**
     * @param logY          log2 y axis (speedups) instead of linear from 0
     * @param reference     the ideal line, or {@code null}
     * @param referenceLabel its legend label
     * @param measuredMax   the most cores measured: curves are dashed beyond it
     * @param extendTo      how far the curves go
     * @param boundaries    where the hardware under the curve changes (SMT siblings, a second socket): a labelled
     *                      vertical line each
     */
    record Options(boolean logY, DoubleUnaryOperator reference, String referenceLabel, double measuredMax,
                   double extendTo, List<StepTopology.Boundary> boundaries) {

        Options(boolean logY, DoubleUnaryOperator reference, String referenceLabel, double measuredMax, double extendTo) {
            this(logY, reference, referenceLabel, measuredMax, extendTo, List.of());
        }
    }

    /** A boundary's label goes to the left of its line beyond this fraction of the (log) domain axis. */
    static final double LEFT_LABEL_FROM = 0.75;

    private ScalingPlot() {
    }

    /** Whether a marker at {@code x} on a log axis from {@code lowerX} to {@code upperX} has its label on its left. */
    static boolean labelOnTheLeft(double x, double lowerX, double upperX) {
        return Math.log(x / lowerX) / Math.log(upperX / lowerX) > LEFT_LABEL_FROM;
    }

    static JFreeChart create(ChartText text, List<PlotSeries> series, Options options) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(log2Axis(text.xLabel()));
        plot.setRangeAxis(options.logY() ? log2Axis(text.yLabel()) : linearAxis(text.yLabel()));
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        double minX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(PlotSeries.Point::x).min().orElse(1);
        double maxX = Math.max(options.extendTo(), options.measuredMax());

        YIntervalSeriesCollection measured = new YIntervalSeriesCollection();
        XYErrorRenderer points = new ClippedErrorRenderer();
        points.setDefaultLinesVisible(true);
        points.setCapLength(6);
        points.setErrorStroke(new BasicStroke(1.2f));
        XYSeriesCollection curves = new XYSeriesCollection();
        XYLineAndShapeRenderer curveRenderer = lines();
        // bands apart from the curves: a wide band must not stretch the y range
        XYSeriesCollection bands = new XYSeriesCollection();
        XYLineAndShapeRenderer bandRenderer = lines();
        Set<PlotSeries.Law> laws = EnumSet.noneOf(PlotSeries.Law.class);
        for (PlotSeries s : series) {
            YIntervalSeries ys = new YIntervalSeries(s.name());
            for (PlotSeries.Point p : s.points()) {
                double e = Double.isFinite(p.error()) ? p.error() : 0;
                // a log axis has no zero: an interval reaching below it ends far below the chart (clipped), not at NaN
                double low = options.logY() && p.y() - e <= 0 ? p.y() / 1e6 : p.y() - e;
                ys.add(p.x(), p.y(), low, p.y() + e);
            }
            int index = measured.getSeriesCount();
            measured.addSeries(ys);
            points.setSeriesPaint(index, s.colour());
            points.setSeriesShape(index, s.shape());
            points.setSeriesStroke(index, ChartStyle.MEASURED);
            for (PlotSeries.Curve c : s.curves()) {
                laws.add(c.law());
                boolean usl = c.law() == PlotSeries.Law.USL;
                addCurve(curves, curveRenderer, s.name() + " " + c.law().label(), c.y(), minX, options.measuredMax(),
                        s.colour(), usl ? ChartStyle.USL : ChartStyle.FIT);
                addCurve(curves, curveRenderer, s.name() + " " + c.law().label() + " (extrapolated)", c.y(),
                        options.measuredMax(), maxX, s.colour(), usl ? ChartStyle.USL_EXTRAPOLATED : ChartStyle.EXTRAPOLATED);
                if (c.band() != null) {
                    Color faint = new Color(s.colour().getRed(), s.colour().getGreen(), s.colour().getBlue(), 110);
                    for (int sign : new int[] {1, -1}) {
                        addCurve(bands, bandRenderer, s.name() + " " + c.law().label() + " band " + sign,
                                p -> c.y().applyAsDouble(p) + sign * c.band().applyAsDouble(p), options.measuredMax(), maxX,
                                faint, ChartStyle.BAND);
                    }
                }
            }
        }
        plot.setDataset(0, measured);
        plot.setRenderer(0, points);
        plot.setDataset(1, curves);
        plot.setRenderer(1, curveRenderer);
        plot.setDataset(3, bands);
        plot.setRenderer(3, bandRenderer);
        if (options.reference() != null) {
            XYSeriesCollection ideal = new XYSeriesCollection();
            XYLineAndShapeRenderer idealRenderer = lines();
            addCurve(ideal, idealRenderer, options.referenceLabel(), options.reference(), Math.min(1, minX), maxX,
                    ChartStyle.REFERENCE, ChartStyle.IDEAL);
            plot.setDataset(2, ideal);
            plot.setRenderer(2, idealRenderer);
        }
        if (!laws.isEmpty() && maxX > options.measuredMax()) {
            ValueMarker marker = new ValueMarker(options.measuredMax(), ChartStyle.REFERENCE, new BasicStroke(0.8f));
            marker.setLabel("measured | extrapolated ");
            marker.setLabelFont(ChartStyle.TICK);
            marker.setLabelPaint(ChartStyle.REFERENCE);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker);
        }
        double lowerX = minX / 1.2;
        double upperX = maxX * 1.15;
        for (StepTopology.Boundary b : options.boundaries()) {
            ValueMarker marker = new ValueMarker(b.x(), ChartStyle.BOUNDARY, ChartStyle.BOUNDARY_STROKE);
            // right of its line, unless the line is so far right that the label would run off the plot
            boolean left = labelOnTheLeft(b.x(), lowerX, upperX);
            String label = b.what() + " from " + b.from();
            marker.setLabel(left ? label + " " : " " + label);
            marker.setLabelFont(ChartStyle.TICK);
            marker.setLabelPaint(ChartStyle.BOUNDARY);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            // one label high, the other low, so that two boundaries at the same place stay readable
            boolean smt = b.what().startsWith("SMT");
            marker.setLabelAnchor(smt ? (left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT)
                    : (left ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT));
            marker.setLabelTextAnchor(smt ? (left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT)
                    : (left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT));
            if (smt) {
                // a line below the top, where "measured | extrapolated" runs left from the last measured count
                marker.setLabelOffset(new RectangleInsets(3 + ChartStyle.TICK.getSize() * 1.6, 3, 3, 3));
            }
            plot.addDomainMarker(marker);
        }
        Range yRange = yRange(measured, curves, plot.getDataset(2), options.logY());
        plot.setFixedLegendItems(legend(series, laws, options));
        plot.getDomainAxis().setRange(lowerX, upperX);
        plot.getRangeAxis().setRange(yRange);
        JFreeChart chart = ChartStyle.chart(text, plot);
        if (anyBeyond(measured, yRange)) {
            IntervalBar.addNote(chart);
        }
        return chart;
    }

    /**
     * The y range of the values and curves, not of the error bars: with few forks a 99.9% interval can be
     * many times the value (and reach below zero); such a bar then stops at the plot's edge with an arrow
     * ({@link IntervalBar}), while the values stay readable. The tables give the exact numbers.
     */
    private static Range yRange(YIntervalSeriesCollection measured, XYSeriesCollection curves, XYDataset reference,
                                boolean log) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (XYDataset d : new XYDataset[] {measured, curves, reference}) {
            for (int s = 0; d != null && s < d.getSeriesCount(); s++) {
                for (int i = 0; i < d.getItemCount(s); i++) {
                    double y = d.getYValue(s, i);
                    if (Double.isFinite(y) && (!log || y > 0)) {
                        min = Math.min(min, y);
                        max = Math.max(max, y);
                    }
                }
            }
        }
        if (max == 0) {
            return new Range(log ? 0.5 : 0, 2);
        }
        return log ? new Range(min / 1.6, max * 1.6) : new Range(Math.min(0, min * 1.2), max * 1.35);
    }

    /** Whether any measured point's interval reaches beyond {@code range}. */
    private static boolean anyBeyond(YIntervalSeriesCollection measured, Range range) {
        for (int s = 0; s < measured.getSeriesCount(); s++) {
            for (int i = 0; i < measured.getItemCount(s); i++) {
                if (IntervalBar.beyond(measured.getStartYValue(s, i), measured.getEndYValue(s, i), range)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lines without markers, drawn as one path so that dash patterns run along the whole curve. */
    private static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    private static void addCurve(XYSeriesCollection dataset, XYLineAndShapeRenderer renderer, String key,
                                 DoubleUnaryOperator f, double from, double to, Paint paint, Stroke stroke) {
        if (to <= from) {
            return;
        }
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i <= CURVE_STEPS; i++) {
            double x = from * Math.pow(to / from, (double) i / CURVE_STEPS);
            double y = f.applyAsDouble(x);
            if (Double.isFinite(y)) {
                s.add(x, y);
            }
        }
        int index = dataset.getSeriesCount();
        dataset.addSeries(s);
        renderer.setSeriesPaint(index, paint);
        renderer.setSeriesStroke(index, stroke);
    }

    private static LegendItemCollection legend(List<PlotSeries> series, Set<PlotSeries.Law> laws, Options options) {
        LegendItemCollection items = new LegendItemCollection();
        for (PlotSeries s : series) {
            items.add(item(s.name(), s.shape(), s.colour(), ChartStyle.MEASURED));
        }
        for (PlotSeries.Law law : laws) {
            items.add(item(law.label(), null, Color.DARK_GRAY, law == PlotSeries.Law.USL ? ChartStyle.USL : ChartStyle.FIT));
        }
        if (!laws.isEmpty() && options.extendTo() > options.measuredMax()) {
            items.add(item("extrapolated", null, Color.DARK_GRAY, ChartStyle.EXTRAPOLATED));
            if (series.stream().flatMap(s -> s.curves().stream()).anyMatch(c -> c.band() != null)) {
                items.add(item("99.9% band of the fit", null, Color.GRAY, ChartStyle.BAND));
            }
        }
        if (options.reference() != null) {
            items.add(item(options.referenceLabel(), null, ChartStyle.REFERENCE, ChartStyle.IDEAL));
        }
        return items;
    }

    private static LegendItem item(String label, Shape shape, Paint paint, Stroke stroke) {
        return new LegendItem(label, null, null, null, shape != null, shape != null ? shape : LEGEND_LINE, true, paint,
                false, paint, stroke, true, LEGEND_LINE, stroke, paint);
    }

    /**
     * Points and lines with a y error bar each, drawn as an {@link IntervalBar}: clipped at the plot's edge
     * with an arrow where the interval reaches beyond it.
     */
    private static final class ClippedErrorRenderer extends XYErrorRenderer {
        private static final long serialVersionUID = 1L;

        ClippedErrorRenderer() {
            setDrawXError(false);
            // drawn here instead, clipped
            setDrawYError(false);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                             CrosshairState crosshairState, int pass) {
            if (pass == 0 && dataset instanceof IntervalXYDataset intervals && getItemVisible(series, item)) {
                double x = domainAxis.valueToJava2D(intervals.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
                IntervalBar bar = IntervalBar.of(x, intervals.getStartYValue(series, item), intervals.getEndYValue(series, item),
                        rangeAxis, dataArea, plot.getRangeAxisEdge(), getCapLength() / 2);
                g2.setPaint(getItemPaint(series, item));
                g2.setStroke(getErrorStroke());
                bar.draw(g2);
            }
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
        }
    }

    private static ValueAxis log2Axis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(2);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("0.##"));
        axis.setMinorTickMarksVisible(false);
        style(axis);
        return axis;
    }

    private static ValueAxis linearAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        style(axis);
        return axis;
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(ChartStyle.LABEL);
        axis.setTickLabelFont(ChartStyle.TICK);
    }
}
