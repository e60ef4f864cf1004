package corebench.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The look every corebench chart shares: fonts, background, title block, legend placement, strokes. */
final class ChartStyle {

    static final Font TITLE = new Font("SansSerif", Font.BOLD, 17);
    static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 12);
    static final Font LABEL = new Font("SansSerif", Font.PLAIN, 13);
    static final Font TICK = new Font("SansSerif", Font.PLAIN, 11);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color REFERENCE = new Color(0x888888);
    /** Topology boundaries (SMT siblings, a second socket) on a cores axis. */
    static final Color BOUNDARY = new Color(0xB03060);
    static final Stroke BOUNDARY_STROKE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4f, 3f}, 0);

    static final Stroke MEASURED = new BasicStroke(2f);
    static final Stroke FIT = new BasicStroke(1.2f);
    /** The edges of an extrapolated fit's 99.9% band: thin, dotted. */
    static final Stroke BAND = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2f, 3f}, 0);
    static final Stroke USL = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {1.5f, 3f}, 0);
    static final Stroke EXTRAPOLATED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {7f, 5f}, 0);
    static final Stroke USL_EXTRAPOLATED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {7f, 3f, 1.5f, 3f}, 0);
    static final Stroke IDEAL = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2f, 2f}, 0);

    private ChartStyle() {
    }

    /** A chart with the shared title block, white background and the legend on the right. */
    static JFreeChart chart(ChartText text, Plot plot) {
        JFreeChart chart = new JFreeChart(text.title(), TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        TextTitle subtitle = new TextTitle(text.subtitle(), SUBTITLE);
        subtitle.setPaint(new Color(0x444444));
        chart.addSubtitle(0, subtitle);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(LABEL);
        legend.setFrame(BlockBorder.NONE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(REFERENCE);
        return chart;
    }
}
