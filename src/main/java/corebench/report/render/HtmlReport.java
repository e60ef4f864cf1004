package corebench.report.render;

import corebench.report.analysis.Caveats;
import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.results.Machine;
import corebench.report.results.StepCapacity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code index.html}: one self-contained page (inline SVG charts and CSS, no scripts, no external
 * requests) with the verdict, the warnings that change the reading, the machine and what it delivered per step, per scenario the charts, the fits with their reading and
 * the raw table, then the other notes.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * Writes {@code dir/index.html}, opening with {@code lead} (HTML: the verdict); {@code charts} holds each scenario's rendered charts, {@code workloadCharts}
     * each workload's own ({@link WorkloadCharts}), shown before the workload's first scenario;
     * {@code accounts} are the analysis's ({@link CoreAccounts#of}).
     */
    public static void write(RunAnalysis analysis, List<CoreAccount> accounts, String lead,
                             Map<ScenarioAnalysis, List<RenderedChart>> charts, Map<String, List<RenderedChart>> workloadCharts,
                             Path dir) throws IOException {
        String title = "corebench report: " + analysis.results().machineId();
        StringBuilder b = new StringBuilder(Html.head(title, Descriptions.subtitle(analysis.results().machine())));
        Caveats caveats = Caveats.of(analysis);
        b.append(lead).append(Html.listSection("warnings", "Warnings", caveats.box()));
        machine(analysis, b);
        List<String> topology = TopologyNotes.lines(analysis);
        if (!topology.isEmpty()) {
            b.append(Html.listSection("topology", TopologyNotes.TITLE, topology));
        }
        b.append(Html.contents(analysis.scenarios().stream().map(ScenarioAnalysis::label).toList()));
        String workload = null;
        for (ScenarioAnalysis s : analysis.scenarios()) {
            if (!s.scenario().workload().equals(workload)) {
                workload = s.scenario().workload();
                workload(workload, WorkloadNotes.lines(analysis, workload), workloadCharts.getOrDefault(workload, List.of()), b);
            }
            scenario(s, charts.getOrDefault(s, List.of()), accounts, analysis.results().machine(), b);
        }
        b.append(Html.listSection("notes", "Notes", caveats.notes()));
        b.append("<section>\n<h2>How to read this report</h2>\n");
        ReportNotes.METHOD.forEach(p -> b.append("<p>").append(Html.escape(p)).append("</p>\n"));
        b.append("</section>\n").append(Html.foot("corebench report", analysis.results().folders()));
        Files.writeString(dir.resolve("index.html"), b);
    }

    private static void machine(RunAnalysis analysis, StringBuilder b) {
        b.append("<section>\n<h2>Machine</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        Descriptions.table(analysis.results().machine()).forEach((k, v) -> rows.add(List.of(k, v)));
        if (rows.isEmpty()) {
            b.append("<p>No machine.json: the machine is unknown.</p>\n");
        } else {
            b.append(Html.table("machine", List.of("property", "value"), rows, Map.of()));
        }
        b.append("</section>\n");
        List<StepCapacity> capacity = analysis.results().capacity();
        if (!capacity.isEmpty()) {
            b.append("<section id=\"capacity\">\n<h2>").append(CapacityTable.TITLE).append("</h2>\n<p>")
                    .append(Html.escape(CapacityTable.READING)).append("</p>\n")
                    .append(Html.table("capacity", CapacityTable.HEADER, CapacityTable.rows(capacity), Map.of()));
            capacity.stream().filter(StepCapacity::fellShort)
                    .forEach(step -> b.append("<p class=\"flag\">⚠ ").append(Html.escape(step.sentence())).append(".</p>\n"));
            b.append("</section>\n");
        }
    }

    /** The charts across a workload's scenarios and its notes, in a section of their own; nothing if it has no chart. */
    private static void workload(String workload, List<String> notes, List<RenderedChart> charts, StringBuilder b) {
        if (charts.isEmpty()) {
            return;
        }
        // "--" keeps the id apart from every scenario's: slugs never hold two dashes in a row
        b.append("<section id=\"").append(ScenarioCharts.slug(workload)).append("--workload-charts\">\n<h2>")
                .append(Html.escape(workload)).append(": across its scenarios</h2>\n");
        if (!notes.isEmpty()) {
            b.append("<ul class=\"readings\">\n");
            notes.forEach(n -> b.append("<li>").append(Html.escape(n)).append("</li>\n"));
            b.append("</ul>\n");
        }
        charts.forEach(c -> b.append(Html.figure(c)));
        b.append("</section>\n");
    }

    private static void scenario(ScenarioAnalysis s, List<RenderedChart> charts, List<CoreAccount> accounts, Machine machine,
                                 StringBuilder b) {
        List<List<String>> account = AccountTable.rows(accounts, s.scenario());
        b.append(Html.scenarioStart(s.label(), s.scenario(), s.work().throughputUnit()));
        charts.forEach(c -> b.append(Html.figure(c)));
        Map<String, String> swatches = swatches(s);
        List<FitTable.Line> fits = FitTable.of(s);
        b.append("<h3>Fits</h3>\n<ul class=\"readings\">\n");
        for (FitTable.Line f : fits) {
            b.append("<li>").append(Html.escape(f.reading()));
            f.flags().forEach(flag -> b.append(" <span class=\"flag\">⚠ ").append(Html.escape(flag)).append("</span>"));
            b.append("</li>\n");
        }
        b.append("</ul>\n");
        List<List<String>> fitRows = fits.stream().filter(f -> !f.law().isEmpty())
                .map(f -> List.of(f.model(), f.law(), f.parameters(), f.goodness(),
                        f.flags().isEmpty() ? "" : "⚠ " + String.join("; ", f.flags())))
                .toList();
        if (!fitRows.isEmpty()) {
            b.append(Html.table("fits", List.of("model", "law", "parameters (± 99.9% CI)", "goodness of fit", "flags"),
                    fitRows, swatches));
        }
        b.append("<h3>Measurements</h3>\n")
                .append(Html.table("raw", RawTable.header(s), RawTable.rows(s), swatches));
        if (!account.isEmpty()) {
            b.append("<h3>").append(AccountTable.TITLE).append("</h3>\n<p>")
                    .append(Html.escape(AccountTable.reading(machine, s.scenario(), accounts))).append("</p>\n")
                    .append(Html.table("account", AccountTable.header(accounts, s.scenario()), account, swatches));
        }
        b.append("</section>\n");
    }

    private static Map<String, String> swatches(ScenarioAnalysis s) {
        Map<String, String> swatches = new LinkedHashMap<>();
        for (int i = 0; i < s.models().size(); i++) {
            ModelSeries m = s.models().get(i);
            swatches.put(m.model(), Palette.hex(Palette.colour(m.model(), i)));
        }
        return swatches;
    }
}
