package corebench.report.results;

/**
 * A number with its uncertainty. Throughout the report the error is the half-width of a 99.9%
 * confidence interval: JMH's {@code scoreError} for scores, propagated for derived values. An unknown
 * error (JMH writes {@code NaN} when there were too few iterations) is {@code NaN}.
 */
public record Estimate(double value, double error) {

    /** No value: not defined for this row (e.g. a speedup without a baseline). */
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN);

    /** A value known exactly (a definition, not a measurement). */
    public static Estimate exact(double value) {
        return new Estimate(value, 0);
    }

    /** Whether there is a value. */
    public boolean present() {
        return !Double.isNaN(value);
    }

    /** The error relative to the value. */
    public double relativeError() {
        return Math.abs(error / value);
    }

    /** Whether the error is known. */
    public boolean hasError() {
        return Double.isFinite(error);
    }

    /** This divided by {@code other}; independent relative errors add in quadrature. */
    public Estimate dividedBy(Estimate other) {
        double q = value / other.value;
        return new Estimate(q, Math.abs(q) * Math.hypot(relativeError(), other.relativeError()));
    }

    /** This times a constant (a constant carries no error). */
    public Estimate times(double factor) {
        return new Estimate(value * factor, Math.abs(error * factor));
    }

    /** {@code 1 / this}; the relative error is unchanged to first order. */
    public Estimate reciprocal() {
        return new Estimate(1 / value, relativeError() / Math.abs(value));
    }
}
