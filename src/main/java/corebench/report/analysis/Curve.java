package corebench.report.analysis;

/** A model curve {@code y = f(x; p)} and its derivatives by the parameters, for {@link LeastSquares}. */
interface Curve {

    double value(double x, double[] p);

    /** {@code df/dp_i} at x. */
    double[] gradient(double x, double[] p);
}
