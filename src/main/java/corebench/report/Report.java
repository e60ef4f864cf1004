package corebench.report;

import corebench.report.analysis.ClockSteps;
import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.render.ChartFonts;
import corebench.report.render.ClockChart;
import corebench.report.results.StepTopology;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.render.AccountChart;
import corebench.report.render.AccountCsv;
import corebench.report.render.CsvTables;
import corebench.report.render.Descriptions;
import corebench.report.render.HtmlReport;
import corebench.report.render.MarkdownSummary;
import corebench.report.render.RenderedChart;
import corebench.report.render.ScenarioCharts;
import corebench.report.render.WorkloadCharts;
import corebench.report.verdict.Verdict;
import corebench.report.verdict.VerdictFiles;
import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporter's output: from the analysis of a machine's results ({@link RunAnalysis}), the charts,
 * {@code index.html}, {@code summary.md}, {@code tables.csv}, {@code fits.csv}, {@code account.csv}, {@code capacity.csv}
 * (runs that recorded delivered capacity), and the verdict that opens
 * them ({@code verdict.csv}, {@code verdict.json}), written into one output folder that is replaced as a
 * whole ({@link OutputFolder}); without charts where this Java cannot draw text ({@link ChartFonts}).
 */
public final class Report {

    /**
     * What a report run produced.
     *
     * @param folder   the output folder
     * @param charts   how many charts (each as PNG and SVG)
     * @param analysis what was reported, warnings included
     * @param verdict  which model for which work
     */
    public record Outcome(Path folder, int charts, RunAnalysis analysis, Verdict verdict) {
    }

    private Report() {
    }

    /** Writes the report of an analysis into {@code out}. */
    public static Outcome render(RunAnalysis analysis, Path out) throws IOException, ReportException {
        String subtitle = Descriptions.subtitle(analysis.results().machine());
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        Verdict verdict = Verdict.of(analysis, accounts);
        Map<ScenarioAnalysis, List<RenderedChart>> charts = new LinkedHashMap<>();
        Map<String, List<RenderedChart>> workloadCharts = new LinkedHashMap<>();
        StepTopology topology = analysis.results().machine().topology();
        ClockSteps clock = ClockSteps.of(analysis.results());
        OutputFolder.replace(out, dir -> {
            // where this Java cannot draw text, the rest is written and ChartFonts.missing() says why
            if (ChartFonts.missing().isEmpty()) {
                for (ScenarioAnalysis s : analysis.scenarios()) {
                    charts.put(s, ScenarioCharts.write(s, subtitle, dir, topology, clock));
                    AccountChart.write(accounts, s.scenario(), s.label(), subtitle, dir).ifPresent(charts.get(s)::add);
                }
                workloadCharts.putAll(WorkloadCharts.write(analysis, subtitle, dir));
                if (clock.present()) {
                    workloadCharts.computeIfAbsent(ClockSteps.WORKLOAD, w -> new ArrayList<>())
                            .add(ClockChart.write(clock, topology, subtitle, dir));
                }
            }
            HtmlReport.write(analysis, accounts, VerdictFiles.html(verdict), charts, workloadCharts, dir);
            MarkdownSummary.write(analysis, accounts, VerdictFiles.markdown(verdict), charts, workloadCharts, dir);
            CsvTables.write(analysis, dir);
            AccountCsv.write(accounts, dir);
            VerdictFiles.write(verdict, dir);
        });
        int count = charts.values().stream().mapToInt(List::size).sum()
                + workloadCharts.values().stream().mapToInt(List::size).sum();
        return new Outcome(out, count, analysis, verdict);
    }
}
