package corebench.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A 99.9% interval as a vertical error bar in Java2D space, clipped to the plot. A chart's y range follows
 * the values, not the intervals, so an interval can reach beyond the plot (many times its value, or below zero
 * on a log axis): that end then stops at the plot's edge with an arrowhead pointing out of it, where an end
 * inside the plot has a flat cap. The tables and `tables.csv` give the interval in full.
 *
 * @param stem   the bar from one visible end to the other
 * @param caps   a flat cap for each end inside the plot
 * @param arrows a filled arrowhead, its tip on the edge, for each end beyond the plot
 */
record IntervalBar(Line2D stem, List<Line2D> caps, List<Shape> arrows) {

    /** The chart note under the plot of a chart where an interval is clipped. */
    static final String NOTE = "▲ ▼ an interval beyond the axis: its bar stops at the plot's edge with an arrow"
            + " (the tables give it in full)";

    /** An arrowhead's half-width and length, in pixels. */
    static final double ARROW_HALF_WIDTH = 4.5;
    static final double ARROW_LENGTH = 9;
    private static final Stroke ARROW_EDGE = new BasicStroke(0.8f);

    IntervalBar {
        caps = List.copyOf(caps);
        arrows = List.copyOf(arrows);
    }

    /**
     * The bar at {@code x} between the Java2D y coordinates {@code end1} and {@code end2} (either order), in a plot
     * from {@code top} to {@code bottom} (top &lt; bottom, as in Java2D); caps {@code capHalfWidth} wide each side.
     */
    static IntervalBar of(double x, double end1, double end2, double top, double bottom, double capHalfWidth) {
        double high = Math.min(end1, end2);
        double low = Math.max(end1, end2);
        List<Line2D> caps = new ArrayList<>();
        List<Shape> arrows = new ArrayList<>();
        if (high < top) {
            arrows.add(arrow(x, top, 1));
        } else {
            caps.add(new Line2D.Double(x - capHalfWidth, high, x + capHalfWidth, high));
        }
        if (low > bottom) {
            arrows.add(arrow(x, bottom, -1));
        } else {
            caps.add(new Line2D.Double(x - capHalfWidth, low, x + capHalfWidth, low));
        }
        double stemTop = Math.min(Math.max(high, top), bottom);
        double stemBottom = Math.max(Math.min(low, bottom), top);
        return new IntervalBar(new Line2D.Double(x, stemTop, x, stemBottom), caps, arrows);
    }

    /**
     * The bar at {@code x} from {@code low} to {@code high} (data values) on {@code axis}, at {@code edge} of
     * {@code plotArea}, whose top and bottom are the plot's edges.
     */
    static IntervalBar of(double x, double low, double high, ValueAxis axis, Rectangle2D plotArea, RectangleEdge edge,
                          double capHalfWidth) {
        return of(x, axis.valueToJava2D(low, plotArea, edge), axis.valueToJava2D(high, plotArea, edge),
                plotArea.getMinY(), plotArea.getMaxY(), capHalfWidth);
    }

    /** Whether the interval from {@code low} to {@code high} (data values) reaches beyond {@code range}. */
    static boolean beyond(double low, double high, Range range) {
        return low < range.getLowerBound() || high > range.getUpperBound();
    }

    /**
     * Draws the stem and caps with {@code g}'s stroke and fills the arrowheads, all in its paint; each arrowhead
     * edged in white, so that it stands out where it lies on a bar of a bar chart.
     */
    void draw(Graphics2D g) {
        g.draw(stem);
        caps.forEach(g::draw);
        arrows.forEach(g::fill);
        Paint paint = g.getPaint();
        Stroke stroke = g.getStroke();
        g.setPaint(Color.WHITE);
        g.setStroke(ARROW_EDGE);
        arrows.forEach(g::draw);
        g.setPaint(paint);
        g.setStroke(stroke);
    }

    /** Adds {@link #NOTE} under the plot of {@code chart}. */
    static void addNote(JFreeChart chart) {
        TextTitle note = new TextTitle(NOTE, ChartStyle.TICK);
        note.setPaint(Color.DARK_GRAY);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
    }

    /** An arrowhead with its tip at ({@code x}, {@code tipY}), its base {@code inward} (+1: down, -1: up) of it. */
    private static Shape arrow(double x, double tipY, int inward) {
        Path2D.Double head = new Path2D.Double();
        head.moveTo(x, tipY);
        head.lineTo(x - ARROW_HALF_WIDTH, tipY + inward * ARROW_LENGTH);
        head.lineTo(x + ARROW_HALF_WIDTH, tipY + inward * ARROW_LENGTH);
        head.closePath();
        return head;
    }
}
