package corebench.report.render;

import corebench.report.compare.Comparison;
import corebench.report.compare.Contender;
import corebench.report.compare.ScenarioComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A comparison's {@code index.html}: one self-contained page (inline SVG and CSS, no scripts, no external
 * requests). What makes the comparison unfair comes first, then the machines side by side, the wins and
 * losses, and per scenario the charts and tables.
 */
public final class ComparisonHtml {

    private ComparisonHtml() {
    }

    /** Writes {@code dir/index.html}; {@code charts} holds each scenario's rendered charts. */
    public static void write(Comparison c, Map<ScenarioComparison, List<RenderedChart>> charts, Path dir)
            throws IOException {
        Map<String, String> swatches = ComparisonCharts.swatches(c);
        StringBuilder b = new StringBuilder(Html.head("corebench comparison: " + c.name(),
                c.contenders().size() + " machines · baseline " + c.baseline().label() + " · "
                        + c.scenarios().size() + " scenario" + (c.scenarios().size() == 1 ? "" : "s") + " compared"));
        if (c.unfair().isEmpty()) {
            b.append("<section class=\"fair\">\n<h2>Read this first</h2>\n<p>")
                    .append(Html.escape(ComparisonSummary.FAIR)).append("</p>\n</section>\n");
        } else {
            b.append(Html.listSection("unfair", "Read this first: what makes this comparison unfair", c.unfair()));
        }
        b.append(Html.listSection("warnings", "Not compared", c.leftOut()));
        b.append("<section>\n<h2>Machines</h2>\n").append(table("machine", ComparisonTables.machines(c), swatches))
                .append("</section>\n");
        b.append("<section>\n<h2>Wins and losses</h2>\n");
        ComparisonTables.tally(c).forEach(line -> b.append("<p>").append(Html.escape(line)).append("</p>\n"));
        b.append(table("wins", ComparisonTables.wins(c), swatches))
                .append("<h3>Fastest model on each machine (all cores)</h3>\n")
                .append(table("best", ComparisonTables.bestModels(c), swatches)).append("</section>\n");
        b.append(Html.contents(c.scenarios().stream().map(ScenarioComparison::label).toList()));
        for (ScenarioComparison s : c.scenarios()) {
            scenario(c, s, charts.getOrDefault(s, List.of()), swatches, b);
        }
        b.append(Html.listSection("warnings", "Warnings from the results", c.warnings()));
        b.append("<section>\n<h2>How to read this comparison</h2>\n");
        ComparisonNotes.METHOD.forEach(p -> b.append("<p>").append(Html.escape(p)).append("</p>\n"));
        b.append("</section>\n")
                .append(Html.foot("corebench compare", c.contenders().stream().map(Contender::folder).toList()));
        Files.writeString(dir.resolve("index.html"), b);
    }

    private static void scenario(Comparison c, ScenarioComparison s, List<RenderedChart> charts,
                                 Map<String, String> swatches, StringBuilder b) {
        b.append(Html.scenarioStart(s.label(), s.scenario(), s.work().throughputUnit()));
        charts.forEach(chart -> b.append(Html.figure(chart)));
        b.append("<h3>Throughput</h3>\n").append(table("figures", ComparisonTables.figures(s), swatches))
                .append("<h3>Relative to ").append(Html.escape(c.baseline().label())).append(" (the baseline)</h3>\n")
                .append(table("figures", ComparisonTables.relative(c, s), swatches)).append("</section>\n");
    }

    private static String table(String cssClass, ComparisonTables.Table t, Map<String, String> swatches) {
        return Html.table(cssClass, t.header(), t.rows(), swatches);
    }
}
