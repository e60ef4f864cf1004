package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Charts with one result whose 99.9% interval is 50 times its value, drawn to SVG: that bar ends at the plot's
 * edges in arrowheads and a note under the plot says what they mean; a normal interval keeps its caps where its
 * ends are.
 */
class ClippedIntervalChartsTest {

    private static final ChartText TEXT = new ChartText("title", "subtitle", "cores", "speedup");
    private static final double CAP = 3;
    private static final Color SERIES = Color.BLUE;
    private static final double PIXEL = 1e-6;

    /** The drawing of one chart: its SVG and where the plot was. */
    private record Drawn(Element svg, Rectangle2D area, JFreeChart chart) {

        String text() {
            return svg.getTextContent();
        }

        /** Every {@code <line>} drawn in {@code colour}, as {x1, y1, x2, y2}. */
        List<double[]> lines(Color colour) {
            String stroke = "stroke:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
            List<double[]> lines = new ArrayList<>();
            NodeList nodes = svg.getElementsByTagName("line");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (e.getAttribute("style").contains(stroke)) {
                    lines.add(new double[] {number(e, "x1"), number(e, "y1"), number(e, "x2"), number(e, "y2")});
                }
            }
            return lines;
        }

        /**
         * Every {@code <path>} that is a triangle in the plot, as its three vertices, whose group's style (JFreeSVG
         * puts fill and stroke there) contains {@code style}.
         */
        List<List<double[]>> triangles(String style) {
            Pattern triangle = Pattern.compile("M([-\\d.]+),([-\\d.]+)L([-\\d.]+),([-\\d.]+)L([-\\d.]+),([-\\d.]+)Z");
            List<List<double[]>> found = new ArrayList<>();
            NodeList nodes = svg.getElementsByTagName("path");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element path = (Element) nodes.item(i);
                Matcher m = triangle.matcher(path.getAttribute("d"));
                boolean styled = path.getParentNode() instanceof Element g && g.getAttribute("style").contains(style);
                if (styled && m.matches()) {
                    List<double[]> vertices = new ArrayList<>();
                    for (int v = 0; v < 3; v++) {
                        vertices.add(new double[] {Double.parseDouble(m.group(2 * v + 1)), Double.parseDouble(m.group(2 * v + 2))});
                    }
                    found.add(vertices);
                }
            }
            return found;
        }

        /** The filled triangles inside the plot. */
        List<List<double[]>> arrowsInThePlot() {
            return inThePlot(triangles("fill:rgb("));
        }

        /** The triangles inside the plot outlined in white. */
        List<List<double[]>> whiteEdgesInThePlot() {
            return inThePlot(triangles("stroke:rgb(255,255,255)"));
        }

        private List<List<double[]>> inThePlot(List<List<double[]>> triangles) {
            Rectangle2D plot = new Rectangle2D.Double(area.getX() - PIXEL, area.getY() - PIXEL, area.getWidth() + 2 * PIXEL,
                    area.getHeight() + 2 * PIXEL);
            return triangles.stream().filter(t -> t.stream().allMatch(p -> plot.contains(p[0], p[1]))).toList();
        }

        double y(ValueAxis axis, double value) {
            return axis.valueToJava2D(value, area, RectangleEdge.LEFT);
        }

        private static double number(Element e, String attribute) {
            return Double.parseDouble(e.getAttribute(attribute));
        }
    }

    private static Drawn draw(JFreeChart chart) throws Exception {
        SVGGraphics2D g = new SVGGraphics2D(ChartFiles.WIDTH, ChartFiles.HEIGHT);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle(ChartFiles.WIDTH, ChartFiles.HEIGHT), info);
        Element svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(g.getSVGElement().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        return new Drawn(svg, info.getPlotInfo().getDataArea(), chart);
    }

    private static JFreeChart speedups(double errorAt2Cores, boolean logY) {
        PlotSeries series = new PlotSeries("virtual", SERIES, new Ellipse2D.Double(-3, -3, 6, 6),
                List.of(new PlotSeries.Point(1, 1, 0.05), new PlotSeries.Point(2, 2, errorAt2Cores)), List.of());
        return ScalingPlot.create(TEXT, List.of(series), new ScalingPlot.Options(logY, null, null, 2, 2));
    }

    @Test
    void anIntervalFiftyTimesItsValueEndsInArrowsAtBothEdgesOfTheSpeedupChart() throws Exception {
        Drawn drawn = draw(speedups(100, true));
        double x = drawn.chart().getXYPlot().getDomainAxis().valueToJava2D(2, drawn.area(), RectangleEdge.BOTTOM);
        double top = drawn.area().getMinY();
        double bottom = drawn.area().getMaxY();

        // from 2 - 100 (below zero: nowhere on a log axis) to 2 + 100: arrows at the bottom and at the top
        assertThat(drawn.arrowsInThePlot()).hasSize(2);
        assertArrow(drawn, x, top, +1);
        assertArrow(drawn, x, bottom, -1);
        // its stem stops at the edges, and nothing of it is drawn beyond them
        assertLineDrawn(drawn, SERIES, x, top, x, bottom);
        assertThat(drawn.lines(SERIES)).filteredOn(l -> Math.abs(l[0] - x) < PIXEL && Math.abs(l[2] - x) < PIXEL)
                .allSatisfy(l -> assertThat(Math.min(l[1], l[3])).isGreaterThanOrEqualTo(top - PIXEL))
                .allSatisfy(l -> assertThat(Math.max(l[1], l[3])).isLessThanOrEqualTo(bottom + PIXEL));
        assertThat(drawn.text()).contains(IntervalBar.NOTE);
    }

    @Test
    void aNormalIntervalKeepsItsCapsAtItsEnds() throws Exception {
        Drawn drawn = draw(speedups(100, true));
        ValueAxis y = drawn.chart().getXYPlot().getRangeAxis();
        double x = drawn.chart().getXYPlot().getDomainAxis().valueToJava2D(1, drawn.area(), RectangleEdge.BOTTOM);
        double high = drawn.y(y, 1.05);
        double low = drawn.y(y, 0.95);

        assertLineDrawn(drawn, SERIES, x, high, x, low);
        assertLineDrawn(drawn, SERIES, x - CAP, high, x + CAP, high);
        assertLineDrawn(drawn, SERIES, x - CAP, low, x + CAP, low);
        assertThat(drawn.arrowsInThePlot()).noneMatch(t -> Math.abs(t.get(0)[0] - x) < 10);
    }

    @Test
    void theEfficiencyChartClipsAnIntervalBelowZeroAtItsFoot() throws Exception {
        Drawn drawn = draw(speedups(100, false));
        double x = drawn.chart().getXYPlot().getDomainAxis().valueToJava2D(2, drawn.area(), RectangleEdge.BOTTOM);
        assertArrow(drawn, x, drawn.area().getMaxY(), -1);
        assertArrow(drawn, x, drawn.area().getMinY(), +1);
        assertThat(drawn.text()).contains(IntervalBar.NOTE);
    }

    @Test
    void aChartWhoseIntervalsFitHasNeitherArrowNorNote() throws Exception {
        Drawn drawn = draw(speedups(0.1, true));
        assertThat(drawn.arrowsInThePlot()).isEmpty();
        assertThat(drawn.text()).doesNotContain(IntervalBar.NOTE);
    }

    @Test
    void aThroughputBarWithAHugeIntervalEndsInArrowsAndANormalOneKeepsItsCaps() throws Exception {
        JFreeChart chart = ThroughputBars.create(TEXT, List.of(
                new ThroughputBars.Bar("sequential", "1 core", 10, 500),
                new ThroughputBars.Bar("virtual", "1 core", 12, 0.5)), Map.of("sequential", Color.BLACK, "virtual", Color.BLUE));
        Drawn drawn = draw(chart);
        ValueAxis y = chart.getCategoryPlot().getRangeAxis();

        // 10 ± 500 on an axis from 0: clipped at the top and at the foot
        assertThat(drawn.arrowsInThePlot()).hasSize(2)
                .extracting(t -> t.get(0)[1]).containsExactlyInAnyOrder(drawn.area().getMinY(), drawn.area().getMaxY());
        // edged in white, to stand out where the arrow lies on the bar
        assertThat(drawn.whiteEdgesInThePlot()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(drawn.arrowsInThePlot());
        assertThat(drawn.text()).contains(IntervalBar.NOTE);
        // 12 ± 0.5: a cap, 10 pixels wide, at each end
        for (double end : new double[] {11.5, 12.5}) {
            double at = drawn.y(y, end);
            assertThat(drawn.lines(Color.DARK_GRAY)).anySatisfy(l -> {
                assertThat(l[1]).isCloseTo(at, offset(PIXEL));
                assertThat(l[3]).isCloseTo(at, offset(PIXEL));
                assertThat(Math.abs(l[2] - l[0])).isCloseTo(10, offset(PIXEL));
            });
        }
    }

    /** An arrowhead with its tip at (x, edge) and its base {@code inward} (+1: down, -1: up). */
    private static void assertArrow(Drawn drawn, double x, double edge, int inward) {
        assertThat(drawn.arrowsInThePlot()).anySatisfy(t -> assertThat(t).satisfiesExactly(
                tip -> assertThat(tip).containsExactly(new double[] {x, edge}, offset(0.01)),
                left -> assertThat(left).containsExactly(new double[] {x - IntervalBar.ARROW_HALF_WIDTH,
                        edge + inward * IntervalBar.ARROW_LENGTH}, offset(0.01)),
                right -> assertThat(right).containsExactly(new double[] {x + IntervalBar.ARROW_HALF_WIDTH,
                        edge + inward * IntervalBar.ARROW_LENGTH}, offset(0.01))));
    }

    /** A line between the two points was drawn, in either direction. */
    private static void assertLineDrawn(Drawn drawn, Color colour, double x1, double y1, double x2, double y2) {
        assertThat(drawn.lines(colour)).anyMatch(l -> same(l, new double[] {x1, y1, x2, y2})
                || same(l, new double[] {x2, y2, x1, y1}));
    }

    private static boolean same(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > PIXEL) {
                return false;
            }
        }
        return true;
    }
}
