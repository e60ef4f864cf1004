package corebench.report.render;

import corebench.report.analysis.Caveats;
import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.results.StepCapacity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code summary.md}: the report's words and tables without charts, for terminals and git diffs. */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    /**
     * Writes {@code dir/summary.md}, opening with {@code lead} (Markdown: the verdict); {@code charts} holds each scenario's charts, {@code workloadCharts} each
     * workload's own ({@link WorkloadCharts}), listed before the workload's first scenario;
     * {@code accounts} are the analysis's ({@link CoreAccounts#of}).
     */
    public static void write(RunAnalysis analysis, List<CoreAccount> accounts, String lead,
                             Map<ScenarioAnalysis, List<RenderedChart>> charts, Map<String, List<RenderedChart>> workloadCharts,
                             Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# corebench report: ").append(analysis.results().machineId()).append("\n\n")
                .append(Descriptions.subtitle(analysis.results().machine())).append("\n\n").append(lead);
        Caveats caveats = Caveats.of(analysis);
        list(b, "Warnings", caveats.box());
        b.append("## Machine\n\n");
        Descriptions.table(analysis.results().machine()).forEach((k, v) -> b.append("- ").append(k).append(": ")
                .append(v).append('\n'));
        List<StepCapacity> capacity = analysis.results().capacity();
        if (!capacity.isEmpty()) {
            b.append("\n## ").append(CapacityTable.TITLE).append("\n\n").append(CapacityTable.READING).append("\n\n")
                    .append(table(CapacityTable.HEADER, CapacityTable.rows(capacity)));
            capacity.stream().filter(StepCapacity::fellShort).forEach(step -> b.append("\n⚠ ").append(step.sentence()).append(".\n"));
        }
        List<String> topology = TopologyNotes.lines(analysis);
        if (!topology.isEmpty()) {
            b.append("\n## ").append(TopologyNotes.TITLE).append("\n\n");
            topology.forEach(line -> b.append("- ").append(line).append('\n'));
        }
        String workload = null;
        for (ScenarioAnalysis s : analysis.scenarios()) {
            if (!s.scenario().workload().equals(workload)) {
                workload = s.scenario().workload();
                List<RenderedChart> across = workloadCharts.getOrDefault(workload, List.of());
                if (!across.isEmpty()) {
                    b.append("\n## ").append(workload).append(": across its scenarios\n\n");
                    List<String> notes = WorkloadNotes.lines(analysis, workload);
                    notes.forEach(line -> b.append("- ").append(line).append('\n'));
                    b.append(notes.isEmpty() ? "" : "\n").append(chartList(across));
                }
            }
            b.append("\n## ").append(s.label()).append("\n\n");
            for (FitTable.Line f : FitTable.of(s)) {
                b.append("- ").append(f.reading());
                f.flags().forEach(flag -> b.append(" ⚠ ").append(flag));
                b.append('\n');
            }
            b.append('\n').append(table(RawTable.header(s), RawTable.rows(s)));
            List<List<String>> account = AccountTable.rows(accounts, s.scenario());
            if (!account.isEmpty()) {
                b.append("\n### ").append(AccountTable.TITLE).append("\n\n")
                        .append(AccountTable.reading(analysis.results().machine(), s.scenario(), accounts)).append("\n\n")
                        .append(table(AccountTable.header(accounts, s.scenario()), account));
            }
            List<RenderedChart> files = charts.getOrDefault(s, List.of());
            if (!files.isEmpty()) {
                b.append('\n').append(chartList(files));
            }
        }
        b.append('\n');
        list(b, "Notes", caveats.notes());
        b.append("## How to read this\n\n");
        ReportNotes.METHOD.forEach(p -> b.append(p).append("\n\n"));
        Files.writeString(dir.resolve("summary.md"), MarkdownText.inert(b));
    }

    /** A heading and a bulleted list; nothing when the list is empty. */
    private static void list(StringBuilder b, String heading, List<String> items) {
        if (!items.isEmpty()) {
            b.append("## ").append(heading).append("\n\n");
            items.forEach(item -> b.append("- ").append(item).append('\n'));
            b.append('\n');
        }
    }

    private static String chartList(List<RenderedChart> charts) {
        return "Charts: " + String.join(", ", charts.stream().map(c -> c.name() + ".png").toList()) + "\n";
    }

    /** A Markdown table; {@code |} in cells is escaped. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList()))
                .append(" |\n"));
        return b.toString();
    }
}
