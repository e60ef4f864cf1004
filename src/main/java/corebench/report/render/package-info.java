/**
 * Turning an analysis into files people read: PNG and SVG charts, {@code index.html}, {@code summary.md},
 * {@code tables.csv} and {@code fits.csv}. The plotting classes ({@code ScalingPlot},
 * {@code ThroughputBars}, {@code PlotSeries}) know nothing of models or machines, so a comparison of
 * machines can draw with them too.
 */
package corebench.report.render;
