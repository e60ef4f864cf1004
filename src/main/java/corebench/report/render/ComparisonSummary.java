package corebench.report.render;

import corebench.report.compare.Comparison;
import corebench.report.compare.ScenarioComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A comparison's {@code summary.md}: its words and tables without charts, for terminals and git diffs. */
public final class ComparisonSummary {

    /** What the page says when no unfair difference was found. */
    static final String FAIR = "No difference besides the hardware found: the same JVM, corebench build, sweep"
            + " settings and core counts, and CPU restriction worked on every machine. Other load on the machines,"
            + " thermal limits and power settings cannot be seen from the results.";

    private ComparisonSummary() {
    }

    /** Writes {@code dir/summary.md}; {@code charts} holds each scenario's charts. */
    public static void write(Comparison c, Map<ScenarioComparison, List<RenderedChart>> charts, Path dir)
            throws IOException {
        StringBuilder b = new StringBuilder("# corebench comparison: " + c.name() + "\n\nBaseline: "
                + c.baseline().label() + "\n\n## Read this first\n\n");
        if (c.unfair().isEmpty()) {
            b.append(FAIR).append('\n');
        } else {
            b.append("What makes this comparison unfair:\n\n");
            c.unfair().forEach(u -> b.append("- ").append(u).append('\n'));
        }
        list(b, "Not compared", c.leftOut());
        b.append("\n## Machines\n\n").append(table(ComparisonTables.machines(c)));
        b.append("\n## Wins and losses\n\n");
        ComparisonTables.tally(c).forEach(line -> b.append(line).append("\n\n"));
        b.append(table(ComparisonTables.wins(c))).append("\nFastest model on each machine (all cores):\n\n")
                .append(table(ComparisonTables.bestModels(c)));
        for (ScenarioComparison s : c.scenarios()) {
            b.append("\n## ").append(s.label()).append("\n\nThroughput:\n\n").append(table(ComparisonTables.figures(s)))
                    .append("\nRelative to ").append(c.baseline().label()).append(":\n\n")
                    .append(table(ComparisonTables.relative(c, s)));
            List<RenderedChart> files = charts.getOrDefault(s, List.of());
            if (!files.isEmpty()) {
                b.append("\nCharts: ").append(String.join(", ", files.stream().map(f -> f.name() + ".png").toList()))
                        .append('\n');
            }
        }
        list(b, "Warnings from the results", c.warnings());
        b.append("\n## How to read this\n\n");
        ComparisonNotes.METHOD.forEach(p -> b.append(p).append("\n\n"));
        Files.writeString(dir.resolve("summary.md"), MarkdownText.inert(b));
    }

    private static void list(StringBuilder b, String heading, List<String> items) {
        if (!items.isEmpty()) {
            b.append("\n## ").append(heading).append("\n\n");
            items.forEach(i -> b.append("- ").append(i).append('\n'));
        }
    }

    private static String table(ComparisonTables.Table t) {
        return MarkdownSummary.table(t.header(), t.rows());
    }
}
