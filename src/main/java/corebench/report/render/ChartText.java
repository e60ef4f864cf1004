package corebench.report.render;

/**
 * The words on a chart.
 *
 * @param title    what the chart shows
 * @param subtitle the machine, JVM and date
 * @param xLabel   x axis label with unit
 * @param yLabel   y axis label with unit
 */
public record ChartText(String title, String subtitle, String xLabel, String yLabel) {
}
