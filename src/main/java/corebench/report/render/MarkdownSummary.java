package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code summary.md}: the report's words and tables without charts, for terminals and git diffs. */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    /** Writes {@code dir/summary.md}; {@code charts} holds each scenario's charts. */
    public static void write(RunAnalysis analysis, java.util.Map<ScenarioAnalysis, List<RenderedChart>> charts, Path dir)
            throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# corebench report: ").append(analysis.results().machineId()).append("\n\n")
                .append(Descriptions.subtitle(analysis.results().machine())).append("\n\n## Machine\n\n");
        Descriptions.table(analysis.results().machine()).forEach((k, v) -> b.append("- ").append(k).append(": ")
                .append(v).append('\n'));
        if (!analysis.warnings().isEmpty()) {
            b.append("\n## Warnings\n\n");
            analysis.warnings().forEach(w -> b.append("- ").append(w).append('\n'));
        }
        for (ScenarioAnalysis s : analysis.scenarios()) {
            b.append("\n## ").append(s.label()).append("\n\n");
            for (FitTable.Line f : FitTable.of(s)) {
                b.append("- ").append(f.reading());
                f.flags().forEach(flag -> b.append(" ⚠ ").append(flag));
                b.append('\n');
            }
            b.append('\n').append(table(RawTable.header(s), RawTable.rows(s)));
            List<RenderedChart> files = charts.getOrDefault(s, List.of());
            if (!files.isEmpty()) {
                b.append("\nCharts: ").append(String.join(", ", files.stream().map(c -> c.name() + ".png").toList()))
                        .append('\n');
            }
        }
        b.append("\n## How to read this\n\n");
        ReportNotes.METHOD.forEach(p -> b.append(p).append("\n\n"));
        Files.writeString(dir.resolve("summary.md"), b);
    }

    private static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList()))
                .append(" |\n"));
        return b.toString();
    }
}
