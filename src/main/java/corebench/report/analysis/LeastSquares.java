package corebench.report.analysis;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The one fitting engine behind {@link AmdahlFit}, {@link UslFit} and {@link GustafsonFit}: commons-math3's
 * Levenberg–Marquardt least squares, weighted by {@code 1/sigma^2} when every point has a standard error
 * (unweighted otherwise), with parameters kept inside bounds by clamping after each step. The optimiser
 * is started from several points and the best optimum kept, so a bound or a poor first guess does not
 * trap it in a local minimum.
 */
final class LeastSquares {

    /** Relative distance to a bound below which a parameter counts as "at the bound". */
    private static final double AT_BOUND = 1e-6;

    private LeastSquares() {
    }

    /**
     * Fits {@code curve} to the points.
     *
     * @param lower  lower bound per parameter ({@code -Infinity}: none)
     * @param upper  upper bound per parameter ({@code +Infinity}: none)
     * @param starts starting parameter vectors to try
     * @throws IllegalArgumentException if no start converged
     */
    static FitSolution fit(List<FitPoint> points, Curve curve, double[] lower, double[] upper, List<double[]> starts) {
        double[] x = points.stream().mapToDouble(FitPoint::cores).toArray();
        double[] y = points.stream().mapToDouble(FitPoint::throughput).toArray();
        boolean weighted = points.stream().allMatch(p -> Double.isFinite(p.sigma()) && p.sigma() > 0);
        double[] w = points.stream().mapToDouble(p -> weighted ? 1 / (p.sigma() * p.sigma()) : 1).toArray();
        Optimum best = null;
        RuntimeException failure = null;
        for (double[] start : starts) {
            LeastSquaresProblem problem = new LeastSquaresBuilder()
                    .start(clamp(start.clone(), lower, upper))
                    .model(point -> evaluate(curve, x, point.toArray()))
                    .target(y)
                    .weight(new DiagonalMatrix(w))
                    .parameterValidator(p -> new ArrayRealVector(clamp(p.toArray(), lower, upper), false))
                    .maxEvaluations(20_000)
                    .maxIterations(20_000)
                    .build();
            try {
                Optimum o = new LevenbergMarquardtOptimizer().optimize(problem);
                if (best == null || o.getCost() < best.getCost()) {
                    best = o;
                }
            } catch (MathIllegalStateException e) {
                failure = e;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the fit did not converge (" + failure.getMessage() + ")");
        }
        double[] p = best.getPoint().toArray();
        return new FitSolution(p, covariance(best, p.length), points.size(), best.getCost() * best.getCost(), weighted,
                rSquared(curve, x, y, p), atBound(p, lower, upper));
    }

    private static Pair<RealVector, RealMatrix> evaluate(Curve curve, double[] x, double[] p) {
        double[] values = new double[x.length];
        double[][] jacobian = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            values[i] = curve.value(x[i], p);
            jacobian[i] = curve.gradient(x[i], p);
        }
        return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
    }

    /** (J^T W J)^-1, or NaN everywhere when the points do not determine the parameters. */
    private static double[][] covariance(Optimum optimum, int n) {
        try {
            return optimum.getCovariances(1e-14).getData();
        } catch (MathIllegalStateException | IllegalArgumentException e) {
            double[][] unknown = new double[n][n];
            for (double[] row : unknown) {
                Arrays.fill(row, Double.NaN);
            }
            return unknown;
        }
    }

    private static double rSquared(Curve curve, double[] x, double[] y, double[] p) {
        double mean = Arrays.stream(y).average().orElse(Double.NaN);
        double residual = 0;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - curve.value(x[i], p);
            residual += r * r;
            total += (y[i] - mean) * (y[i] - mean);
        }
        return total == 0 ? Double.NaN : 1 - residual / total;
    }

    private static double[] clamp(double[] p, double[] lower, double[] upper) {
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.max(lower[i], Math.min(upper[i], p[i]));
        }
        return p;
    }

    private static int[] atBound(double[] p, double[] lower, double[] upper) {
        int[] side = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            if (Double.isFinite(lower[i]) && p[i] - lower[i] <= AT_BOUND * Math.max(1, Math.abs(lower[i]))) {
                side[i] = -1;
            } else if (Double.isFinite(upper[i]) && upper[i] - p[i] <= AT_BOUND * Math.max(1, Math.abs(upper[i]))) {
                side[i] = 1;
            }
        }
        return side;
    }
}
