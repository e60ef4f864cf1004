package corebench.report.analysis;

import corebench.report.results.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * What a least-squares fit found and how far to trust it.
 *
 * <p>Errors are 99.9% confidence half-widths like every other error in the report: 3.29 standard
 * errors from the covariance {@code (J^T W J)^-1}. Weighted fits take the measurement errors at face value
 * unless the points scatter more than those errors allow (reduced chi-square &gt; 1): then the covariance
 * is scaled up by the reduced chi-square, so a parameter never looks more certain than the scatter
 * justifies. Unweighted fits always take their scale from the scatter.
 *
 * @param parameters the fitted parameters
 * @param covariance their covariance before scaling ({@code NaN} if the points do not determine them)
 * @param points     how many points were fitted
 * @param chiSquare  the weighted sum of squared residuals
 * @param weighted   whether the points were weighted by their errors
 * @param rSquared   the coefficient of determination of the unweighted values
 * @param atBound    per parameter: -1 at its lower bound, 1 at its upper bound, 0 inside
 */
public record FitSolution(double[] parameters, double[][] covariance, int points, double chiSquare, boolean weighted,
                          double rSquared, int[] atBound) {

    /** z for a two-sided 99.9% interval. */
    public static final double Z_999 = 3.2905267314919255;

    /** p-value below which a weighted fit is flagged as not describing its points. */
    private static final double BAD_P_VALUE = 0.001;

    /** Points minus parameters. */
    public int degreesOfFreedom() {
        return points - parameters.length;
    }

    /** chi-square per degree of freedom; NaN without degrees of freedom. */
    public double reducedChiSquare() {
        return degreesOfFreedom() > 0 ? chiSquare / degreesOfFreedom() : Double.NaN;
    }

    /** Probability of a chi-square at least this large if the model were right (weighted fits only). */
    public double pValue() {
        return weighted && degreesOfFreedom() > 0
                ? 1 - new ChiSquaredDistribution(degreesOfFreedom()).cumulativeProbability(chiSquare) : Double.NaN;
    }

    /** Parameter {@code i} with its 99.9% half-width. */
    public Estimate parameter(int i) {
        return new Estimate(parameters[i], Z_999 * Math.sqrt(covariance[i][i] * scale()));
    }

    /**
     * A function of the parameters with its 99.9% half-width, by linear error propagation (the delta
     * method) with a numerical gradient.
     */
    public Estimate derived(ToDoubleFunction<double[]> g) {
        double value = g.applyAsDouble(parameters);
        double[] gradient = new double[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            double h = 1e-6 * Math.max(Math.abs(parameters[i]), 1e-6);
            double[] up = parameters.clone();
            double[] down = parameters.clone();
            up[i] += h;
            down[i] -= h;
            gradient[i] = (g.applyAsDouble(up) - g.applyAsDouble(down)) / (2 * h);
        }
        double variance = 0;
        for (int i = 0; i < parameters.length; i++) {
            for (int j = 0; j < parameters.length; j++) {
                variance += gradient[i] * covariance[i][j] * gradient[j];
            }
        }
        return new Estimate(value, Z_999 * Math.sqrt(variance * scale()));
    }

    /**
     * Why the fit may not be trusted, one sentence each: a poor fit, undetermined parameters,
     * parameters at a bound (an exactly determined fit has no goodness of fit to judge: see
     * {@link #degreesOfFreedom()}) ({@code names} and {@code boundMeanings} per
     * parameter: what being at the bound means, or {@code null} if it cannot happen).
     */
    public List<String> flags(String[] names, String[] boundMeanings) {
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            if (atBound[i] != 0 && boundMeanings[i] != null) {
                flags.add(names[i] + " hit its bound (" + boundMeanings[i] + ")");
            }
        }
        if (Double.isNaN(covariance[0][0])) {
            flags.add("these points do not determine the parameters: no uncertainty");
        }
        if (degreesOfFreedom() == 0) {
            return flags;
        }
        if (pValue() < BAD_P_VALUE) {
            flags.add(String.format(Locale.ROOT, "fits badly: chi²/dof = %.3g, the points scatter more than"
                    + " their errors allow (p = %.2g); errors scaled up accordingly", reducedChiSquare(), pValue()));
        } else if (rSquared < 0.9) {
            flags.add(String.format(Locale.ROOT, "fits badly: R² = %.2f", rSquared));
        }
        return flags;
    }

    private double scale() {
        if (weighted) {
            return degreesOfFreedom() > 0 ? Math.max(1, reducedChiSquare()) : 1;
        }
        return degreesOfFreedom() > 0 ? reducedChiSquare() : Double.NaN;
    }
}
