package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** The geometry of an error bar in a plot from y = 100 (top) to y = 400 (bottom), at x = 50. */
class IntervalBarTest {

    private static final double TOP = 100;
    private static final double BOTTOM = 400;

    @Test
    void anIntervalInsideThePlotHasTwoCapsAndNoArrow() {
        IntervalBar bar = IntervalBar.of(50, 300, 200, TOP, BOTTOM, 3);
        assertLine(bar.stem(), 50, 200, 50, 300);
        assertThat(bar.caps()).hasSize(2);
        assertLine(bar.caps().get(0), 47, 200, 53, 200);
        assertLine(bar.caps().get(1), 47, 300, 53, 300);
        assertThat(bar.arrows()).isEmpty();
    }

    @Test
    void anEndBeyondTheTopStopsThereWithAnArrowPointingOut() {
        IntervalBar bar = IntervalBar.of(50, -5000, 300, TOP, BOTTOM, 3);
        assertLine(bar.stem(), 50, TOP, 50, 300);
        assertThat(bar.caps()).hasSize(1);
        assertLine(bar.caps().get(0), 47, 300, 53, 300);
        assertThat(bar.arrows()).hasSize(1);
        assertThat(vertices(bar.arrows().get(0))).containsExactly(
                new double[] {50, TOP}, new double[] {45.5, TOP + 9}, new double[] {54.5, TOP + 9});
    }

    @Test
    void anIntervalBeyondBothEdgesHasTwoArrowsAndNoCap() {
        IntervalBar bar = IntervalBar.of(50, 1e9, -1e9, TOP, BOTTOM, 3);
        assertLine(bar.stem(), 50, TOP, 50, BOTTOM);
        assertThat(bar.caps()).isEmpty();
        assertThat(bar.arrows()).extracting(a -> vertices(a).get(0)[1]).containsExactly(TOP, BOTTOM);
        assertThat(vertices(bar.arrows().get(1))).containsExactly(
                new double[] {50, BOTTOM}, new double[] {45.5, BOTTOM - 9}, new double[] {54.5, BOTTOM - 9});
    }

    @Test
    void beyondMeansEitherEndOutsideTheRange() {
        Range range = new Range(0, 10);
        assertThat(IntervalBar.beyond(1, 9, range)).isFalse();
        assertThat(IntervalBar.beyond(0, 10, range)).isFalse();
        assertThat(IntervalBar.beyond(-1, 9, range)).isTrue();
        assertThat(IntervalBar.beyond(1, 500, range)).isTrue();
    }

    private static void assertLine(Line2D line, double x1, double y1, double x2, double y2) {
        assertThat(new double[] {line.getX1(), line.getY1(), line.getX2(), line.getY2()})
                .containsExactly(x1, y1, x2, y2);
    }

    /** The polygon's vertices, in order. */
    static List<double[]> vertices(Shape shape) {
        List<double[]> points = new ArrayList<>();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(coords) != PathIterator.SEG_CLOSE) {
                points.add(new double[] {coords[0], coords[1]});
            }
        }
        return points;
    }
}
