package corebench.report.analysis;

/**
 * One measured point of a scaling curve, as the fits see it.
 *
 * @param cores      the x value: cores (= workers on the scaling curve)
 * @param throughput the measured throughput
 * @param sigma      its standard error (1 sigma, not the 99.9% half-width), {@code NaN} if unknown
 */
public record FitPoint(double cores, double throughput, double sigma) {
}
