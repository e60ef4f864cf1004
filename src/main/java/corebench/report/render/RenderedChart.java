package corebench.report.render;

/**
 * A chart written as {@code <name>.png} and {@code <name>.svg}, and its SVG markup for inlining.
 *
 * @param name    the file name without extension
 * @param title   the chart's title
 * @param svgElement the {@code <svg>} element, sized by its view box, with ids unique to this chart
 */
public record RenderedChart(String name, String title, String svgElement) {
}
