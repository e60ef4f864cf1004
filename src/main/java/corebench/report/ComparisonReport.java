package corebench.report;

import corebench.report.compare.Comparison;
import corebench.report.compare.ScenarioComparison;
import corebench.report.render.ChartFonts;
import corebench.report.render.ComparisonCharts;
import corebench.report.render.ComparisonCsv;
import corebench.report.render.ComparisonHtml;
import corebench.report.render.ComparisonSummary;
import corebench.report.render.RenderedChart;
import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison of machines written out: the charts, {@code index.html}, {@code summary.md},
 * {@code comparison.csv}, {@code wins.csv} and {@code measurements.csv}, into one output folder that is
 * replaced as a whole ({@link OutputFolder}); without charts where this Java cannot draw text ({@link ChartFonts}).
 */
public final class ComparisonReport {

    /**
     * What was written.
     *
     * @param folder     the output folder
     * @param charts     how many charts (each as PNG and SVG)
     * @param comparison what was compared, notes and warnings included
     */
    public record Outcome(Path folder, int charts, Comparison comparison) {
    }

    private ComparisonReport() {
    }

    /** Writes the comparison into {@code out}. */
    public static Outcome render(Comparison comparison, Path out) throws IOException, ReportException {
        Map<ScenarioComparison, List<RenderedChart>> charts = new LinkedHashMap<>();
        OutputFolder.replace(out, dir -> {
            for (ScenarioComparison s : ChartFonts.missing().isEmpty() ? comparison.scenarios() : List.<ScenarioComparison>of()) {
                charts.put(s, ComparisonCharts.write(comparison, s, dir));
            }
            ComparisonHtml.write(comparison, charts, dir);
            ComparisonSummary.write(comparison, charts, dir);
            ComparisonCsv.write(comparison, dir);
        });
        return new Outcome(out, charts.values().stream().mapToInt(List::size).sum(), comparison);
    }
}
