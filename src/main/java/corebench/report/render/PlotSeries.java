package corebench.report.render;

import java.awt.Color;
import java.awt.Shape;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * One named series as a chart draws it, independent of where it came from (a model in a machine's
 * report, a machine in a comparison).
 *
 * @param name   the legend label
 * @param colour its colour in every chart
 * @param shape  its marker
 * @param points the measured points
 * @param curves fitted curves drawn in the series' colour
 */
public record PlotSeries(String name, Color colour, Shape shape, List<Point> points, List<Curve> curves) {

    public PlotSeries {
        points = List.copyOf(points);
        curves = List.copyOf(curves);
    }

    /** A measured point with its error bar (99.9% half-width; NaN: no bar). */
    public record Point(double x, double y, double error) {
    }

    /**
     * A fitted curve: which law, its value at x, and the half-width of its 99.9% band at x ({@code null}:
     * none), drawn where the curve is extrapolated.
     */
    public record Curve(Law law, DoubleUnaryOperator y, DoubleUnaryOperator band) {

        /** A curve without a band. */
        public Curve(Law law, DoubleUnaryOperator y) {
            this(law, y, null);
        }
    }

    /** The laws a curve can come from, each with its own line style. */
    public enum Law {
        AMDAHL("Amdahl fit"), GUSTAFSON("Gustafson fit"), USL("USL fit");

        private final String label;

        Law(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
