/**
 * The numbers: {@code RunAnalysis} turns measurements into per-scenario, per-model {@code Row}s
 * (throughput, speedup vs 1 worker and vs sequential, efficiency, {@code KarpFlatt}) and fits each
 * model's scaling curve ({@code ModelFits}): {@code AmdahlFit} for strong scaling, {@code GustafsonFit}
 * for weak scaling, {@code UslFit} with at least 4 core counts. The fits share one engine,
 * {@code LeastSquares} (commons-math3 Levenberg–Marquardt, weighted by 1/σ², bounded parameters, several
 * starts), whose {@code FitSolution} gives parameter errors, derived errors (delta method) and flags.
 */
package corebench.report.analysis;
