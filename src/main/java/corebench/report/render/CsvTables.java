package corebench.report.render;

import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.results.Estimate;
import corebench.report.results.ForkSpread;
import corebench.report.results.Measurement;
import corebench.report.results.Precision;
import corebench.report.results.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code tables.csv} (every measurement with every derived number, unrounded), {@code fits.csv}, and
 * {@code capacity.csv} when the run recorded delivered capacity ({@link CapacityTable}).
 * Error columns ({@code *_ci999}) are 99.9% confidence half-widths; empty cells mean "not defined".
 */
public final class CsvTables {

    /** The columns of a measurement row ({@link #measurementCells}). */
    static final List<String> TABLE_HEADER = List.of("workload", "method", "params", "model", "cores",
            "restricted", "workers", "placement", "iterations", "seconds_per_op", "seconds_per_op_ci999",
            "throughput", "throughput_ci999", "throughput_unit", "speedup", "speedup_ci999", "speedup_vs_sequential",
            "speedup_vs_sequential_ci999", "efficiency", "efficiency_ci999", "karp_flatt", "karp_flatt_ci999",
            "forks", "fork_mean_low_seconds_per_op", "fork_mean_high_seconds_per_op", "target_ci999_percent",
            "ci999_percent_reached", "target_met", "attempts", "claimed", "claim_reason", "forks_set_aside");

    private static final List<String> FIT_HEADER = List.of("workload", "method", "params", "model", "law",
            "parameters_ci999", "goodness", "reading", "flags");

    /** A decimal number as Java writes doubles and integers: a cell a spreadsheet reads as a number. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private CsvTables() {
    }

    public static void write(RunAnalysis analysis, Path dir) throws IOException {
        List<String> table = new ArrayList<>(List.of(line(TABLE_HEADER)));
        List<String> fits = new ArrayList<>(List.of(line(FIT_HEADER)));
        for (ScenarioAnalysis s : analysis.scenarios()) {
            Scenario sc = s.scenario();
            for (ModelSeries m : s.models()) {
                for (Row r : m.rows()) {
                    table.add(line(measurementCells(sc, s.work().throughputUnit(), m.model(), r)));
                }
            }
            for (FitTable.Line f : FitTable.of(s)) {
                fits.add(line(List.of(sc.workload(), sc.method(), Scenario.describe(sc.params()), f.model(), f.law(),
                        f.parameters(), f.goodness(), f.reading(), String.join("; ", f.flags()))));
            }
        }
        Files.write(dir.resolve("tables.csv"), table);
        Files.write(dir.resolve("fits.csv"), fits);
        CapacityTable.writeCsv(analysis.results().capacity(), dir);
    }

    /** One measurement with everything derived from it, unrounded, in {@link #TABLE_HEADER}'s columns. */
    static List<String> measurementCells(Scenario sc, String throughputUnit, String model, Row r) {
        Measurement ms = r.measurement();
        List<String> cells = new ArrayList<>(List.of(sc.workload(), sc.method(), Scenario.describe(sc.params()),
                model, Integer.toString(r.cores()), Boolean.toString(ms.restricted()),
                Integer.toString(r.workers()), ms.placement().name().toLowerCase(Locale.ROOT),
                Integer.toString(ms.samples())));
        for (Estimate e : List.of(ms.secondsPerOp(), r.throughput())) {
            cells.addAll(estimate(e));
        }
        cells.add(throughputUnit);
        for (Estimate e : List.of(r.speedup(), r.speedupVsSequential(), r.efficiency(), r.karpFlatt())) {
            cells.addAll(estimate(e));
        }
        ForkSpread f = ms.forkSpread();
        cells.addAll(f == null ? List.of("", "", "") : List.of(Integer.toString(f.forks()), number(f.lowSecondsPerOp()),
                number(f.highSecondsPerOp())));
        Precision p = ms.precision();
        cells.addAll(p == null ? List.of("", "", "", "") : List.of(number(p.targetPercent()), number(p.halfWidthPercent()),
                Boolean.toString(p.met()), Integer.toString(p.attempts())));
        cells.add(Boolean.toString(ms.claimed()));
        cells.add(ms.claimed() ? "" : ms.claim().reason());
        cells.add(ms.capacity().recorded() ? Integer.toString(ms.capacity().setAside().size()) : "");
        return cells;
    }

    /** A value and its 99.9% half-width as two cells; empty cells where not defined. */
    static List<String> estimate(Estimate e) {
        return List.of(number(e.value()), number(e.error()));
    }

    public static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /**
     * RFC 4180: quote cells with commas, quotes or line breaks; double the quotes. A cell a spreadsheet would
     * take for a formula (starting with {@code = + - @}, tab or carriage return, as OWASP's CSV injection advice
     * lists) gets a leading {@code '}, so it shows as text; a cell that is a decimal number (e.g. {@code -0.25},
     * {@code -1.5E-4}) is left as it is: it cannot be a formula, and stays a number.
     */
    public static String line(List<String> cells) {
        return cells.stream()
                .map(CsvTables::inert)
                .map(c -> c.matches("[^\",\\r\\n]*") ? c : '"' + c.replace("\"", "\"\"") + '"')
                .collect(Collectors.joining(","));
    }

    /** The cell, with a {@code '} before it if a spreadsheet would run it as a formula. */
    static String inert(String cell) {
        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
        return formula && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}
