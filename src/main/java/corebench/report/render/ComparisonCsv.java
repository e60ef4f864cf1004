package corebench.report.render;

import corebench.report.analysis.Row;
import corebench.report.compare.Comparison;
import corebench.report.compare.Metric;
import corebench.report.compare.ModelComparison;
import corebench.report.compare.ScenarioComparison;
import corebench.report.compare.Standing;
import corebench.report.compare.Verdict;
import corebench.report.results.Machine;
import corebench.report.results.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every number of a comparison, unrounded: {@code comparison.csv} (each machine's figures and their ratios
 * to the baseline per scenario and model), {@code wins.csv} (every verdict, every metric) and
 * {@code measurements.csv} (the reporter's table of every compared measurement, with a machine column).
 * Error columns ({@code *_ci999}) are 99.9% confidence half-widths; empty cells mean "not defined".
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    public static void write(Comparison c, Path dir) throws IOException {
        Files.write(dir.resolve("comparison.csv"), figures(c));
        Files.write(dir.resolve("wins.csv"), wins(c));
        Files.write(dir.resolve("measurements.csv"), measurements(c));
    }

    private static List<String> figures(Comparison c) {
        List<String> header = new ArrayList<>(List.of("workload", "method", "params", "model", "machine", "machine_id",
                "baseline", "folder", "throughput_unit", "max_cores", "max_cores_workers", "frequency_hz", "frequency_kind"));
        for (Metric m : Metric.values()) {
            header.addAll(List.of(m.column(), m.column() + "_ci999"));
        }
        for (Metric m : Metric.values()) {
            header.addAll(List.of(m.column() + "_vs_baseline", m.column() + "_vs_baseline_ci999"));
        }
        List<String> lines = new ArrayList<>(List.of(CsvTables.line(header)));
        for (ScenarioComparison s : c.scenarios()) {
            for (ModelComparison m : s.models()) {
                for (Standing st : m.standings()) {
                    Machine machine = st.contender().machine();
                    List<String> cells = new ArrayList<>(scenario(s, m.model()));
                    cells.addAll(List.of(st.contender().label(), st.contender().analysis().results().machineId(),
                            Boolean.toString(st.contender() == c.baseline()), st.contender().folder().toString(),
                            s.work().throughputUnit(), st.maxCores() > 0 ? Integer.toString(st.maxCores()) : "",
                            st.maxCores() > 0 ? Integer.toString(st.maxCoresWorkers()) : "",
                            machine.frequency().map(f -> Long.toString(f.hz())).orElse(""),
                            machine.frequency().map(Machine.Frequency::kind).orElse("")));
                    for (Metric metric : Metric.values()) {
                        cells.addAll(CsvTables.estimate(st.figure(metric)));
                    }
                    for (Metric metric : Metric.values()) {
                        cells.addAll(CsvTables.estimate(st.relative(metric)));
                    }
                    lines.add(CsvTables.line(cells));
                }
            }
        }
        return lines;
    }

    private static List<String> wins(Comparison c) {
        List<String> lines = new ArrayList<>(List.of(CsvTables.line(List.of("workload", "method", "params", "model",
                "metric", "unit", "winner", "winner_cores", "winner_value", "winner_ci999", "runner_up", "runner_up_cores",
                "runner_up_value", "runner_up_ci999", "margin", "margin_ci999", "significance"))));
        for (ScenarioComparison s : c.scenarios()) {
            for (ModelComparison m : s.models()) {
                for (Metric metric : Metric.values()) {
                    m.verdict(metric).ifPresent(v -> lines.add(CsvTables.line(verdict(s, m, v))));
                }
            }
        }
        return lines;
    }

    private static List<String> verdict(ScenarioComparison s, ModelComparison m, Verdict v) {
        List<String> cells = new ArrayList<>(scenario(s, m.model()));
        cells.addAll(List.of(v.metric().column(), v.metric().unit(s.work().throughputUnit())));
        cells.addAll(standing(v.winner(), v.metric()));
        cells.addAll(v.runnerUp().map(r -> standing(r, v.metric())).orElse(List.of("", "", "", "")));
        cells.addAll(CsvTables.estimate(v.margin()));
        cells.add(v.significance().name().toLowerCase(Locale.ROOT));
        return cells;
    }

    private static List<String> standing(Standing st, Metric metric) {
        List<String> cells = new ArrayList<>(List.of(st.contender().label(), Integer.toString(st.maxCores())));
        cells.addAll(CsvTables.estimate(st.figure(metric)));
        return cells;
    }

    private static List<String> measurements(Comparison c) {
        List<String> header = new ArrayList<>(List.of("machine"));
        header.addAll(CsvTables.TABLE_HEADER);
        List<String> lines = new ArrayList<>(List.of(CsvTables.line(header)));
        for (ScenarioComparison s : c.scenarios()) {
            for (ModelComparison m : s.models()) {
                for (Standing st : m.standings()) {
                    st.series().ifPresent(series -> series.rows().forEach(r -> lines.add(CsvTables.line(
                            measurement(st, s, r)))));
                }
            }
        }
        return lines;
    }

    private static List<String> measurement(Standing st, ScenarioComparison s, Row r) {
        List<String> cells = new ArrayList<>(List.of(st.contender().label()));
        cells.addAll(CsvTables.measurementCells(s.scenario(), s.work().throughputUnit(),
                st.series().orElseThrow().model(), r));
        return cells;
    }

    private static List<String> scenario(ScenarioComparison s, String model) {
        Scenario sc = s.scenario();
        return List.of(sc.workload(), sc.method(), Scenario.describe(sc.params()), model);
    }
}
