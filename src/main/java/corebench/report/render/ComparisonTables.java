package corebench.report.render;

import corebench.report.compare.Comparison;
import corebench.report.compare.Contender;
import corebench.report.compare.Metric;
import corebench.report.compare.ModelComparison;
import corebench.report.compare.ScenarioComparison;
import corebench.report.compare.Standing;
import corebench.report.compare.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * A comparison's tables as display strings, shared by the HTML page and {@code summary.md}: the
 * machines side by side, wins and losses, the best model per machine, and per scenario every figure
 * and every ratio to the baseline. Every ± is a 99.9% confidence half-width.
 */
public final class ComparisonTables {

    /** A header row and its rows. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    /** The metrics of the wins table; the rest are in wins.csv. */
    static final List<Metric> WINS = List.of(Metric.ONE_CORE, Metric.ALL_CORES);

    private ComparisonTables() {
    }

    /** One column per machine, one row per property any of them has. */
    public static Table machines(Comparison c) {
        Map<Contender, Map<String, String>> described = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(List.of("baseline", "results folder"));
        Map<Contender, Set<Integer>> coreCounts = c.coreCounts();
        c.contenders().forEach(m -> {
            Map<String, String> d = new LinkedHashMap<>();
            d.put("baseline", m == c.baseline() ? "yes" : "no");
            d.put("results folder", m.folder().toString());
            d.putAll(Descriptions.table(m.machine()));
            d.put("per-GHz figures", m.machine().frequency().map(f -> "÷ " + f.describe())
                    .orElse("none (frequency unknown)"));
            d.put("core counts compared", coreCounts.get(m).stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
            keys.addAll(d.keySet());
            described.put(m, d);
        });
        List<String> header = new ArrayList<>(List.of("property"));
        header.addAll(c.labels());
        List<List<String>> rows = new ArrayList<>();
        for (String key : keys) {
            List<String> row = new ArrayList<>(List.of(key));
            described.values().forEach(d -> row.add(d.get(key) == null ? Numbers.NONE : d.get(key)));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** Per scenario and model, who wins at 1 core and at all cores, by how much, and whether beyond errors. */
    public static Table wins(Comparison c) {
        List<String> header = new ArrayList<>(List.of("scenario", "model"));
        WINS.forEach(m -> header.add("at " + m.label()));
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioComparison s : c.scenarios()) {
            for (ModelComparison m : s.models()) {
                List<String> row = new ArrayList<>(List.of(s.label(), m.model()));
                WINS.forEach(metric -> row.add(m.verdict(metric).map(ComparisonTables::verdict).orElse(Numbers.NONE)));
                rows.add(row);
            }
        }
        return new Table(header, rows);
    }

    /** Per metric of the wins table, how many contests each machine won, and how many beyond errors. */
    public static List<String> tally(Comparison c) {
        List<String> lines = new ArrayList<>();
        for (Metric metric : WINS) {
            List<Verdict> contests = c.scenarios().stream().flatMap(s -> s.models().stream())
                    .flatMap(m -> m.verdict(metric).stream())
                    .filter(v -> v.significance() != Verdict.Significance.NO_CONTEST).toList();
            if (contests.isEmpty()) {
                continue;
            }
            String wins = c.contenders().stream().map(m -> {
                List<Verdict> won = contests.stream().filter(v -> v.winner().contender() == m).toList();
                long clear = won.stream().filter(v -> v.significance() == Verdict.Significance.CLEAR).count();
                return m.label() + " wins " + won.size() + " (" + clear + " beyond errors)";
            }).collect(Collectors.joining(", "));
            lines.add("At " + metric.label() + ", of " + contests.size() + " model × scenario contests: " + wins + ".");
        }
        return lines;
    }

    /** Per scenario and machine, the model with the highest all-core throughput. */
    public static Table bestModels(Comparison c) {
        List<String> header = new ArrayList<>(List.of("scenario"));
        header.addAll(c.labels());
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioComparison s : c.scenarios()) {
            List<String> row = new ArrayList<>(List.of(s.label()));
            for (Contender machine : c.contenders()) {
                Optional<Standing> best = s.models().stream().flatMap(m -> m.standings().stream())
                        .filter(st -> st.contender() == machine && st.figure(Metric.ALL_CORES).present())
                        .max((a, b) -> Double.compare(a.figure(Metric.ALL_CORES).value(), b.figure(Metric.ALL_CORES).value()));
                row.add(best.map(st -> st.series().orElseThrow().model() + ": "
                        + Numbers.scaled(st.figure(Metric.ALL_CORES), s.work().throughputUnit()) + " on "
                        + onCores(st)).orElse(Numbers.NONE));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** Every figure of every machine and model of a scenario, in the scenario's throughput unit. */
    public static Table figures(ScenarioComparison s) {
        List<Metric> metrics = present(s, false);
        List<String> header = new ArrayList<>(List.of("model", "machine"));
        for (Metric metric : metrics) {
            header.add(metric.label() + " (" + metric.unit(s.work().throughputUnit()) + ")");
            if (metric == Metric.ALL_CORES) {
                header.add("cores");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        forEachStanding(s, (m, st) -> {
            List<String> row = new ArrayList<>(List.of(m.model(), st.contender().label()));
            for (Metric metric : metrics) {
                row.add(Numbers.scaled(st.figure(metric), "").trim());
                if (metric == Metric.ALL_CORES) {
                    row.add(allCores(st));
                }
            }
            rows.add(row);
        });
        return new Table(header, rows);
    }

    /** Every figure ÷ the baseline machine's, errors propagated. */
    public static Table relative(Comparison c, ScenarioComparison s) {
        List<Metric> metrics = present(s, true);
        List<String> header = new ArrayList<>(List.of("model", "machine"));
        metrics.forEach(m -> header.add(m.label() + " ÷ " + c.baseline().label()));
        List<List<String>> rows = new ArrayList<>();
        forEachStanding(s, (m, st) -> {
            List<String> row = new ArrayList<>(List.of(m.model(), st.contender().label()));
            metrics.forEach(metric -> row.add(RawTable.times(Numbers.plusMinus(st.relative(metric)))));
            rows.add(row);
        });
        return new Table(header, rows);
    }

    /** {@code epyc-2cpu, 1.85× ± 0.40 over epyc-1cpu (2 vs 1 cores), beyond errors}. */
    static String verdict(Verdict v) {
        String winner = v.winner().contender().label();
        if (v.runnerUp().isEmpty()) {
            return winner + " only (" + v.significance().label() + ")";
        }
        Standing second = v.runnerUp().get();
        String cores = v.metric() == Metric.ONE_CORE || v.metric() == Metric.ONE_CORE_PER_GHZ ? ""
                : " (" + onCores(v.winner()) + " vs " + onCores(second) + ")";
        return winner + ", " + RawTable.times(Numbers.plusMinus(v.margin())) + " over " + second.contender().label()
                + cores + ", " + v.significance().label();
    }

    /** The cores of a standing's all-core figure: {@code 2}, or {@code 2 (256 workers)} off the scaling curve. */
    static String allCores(Standing st) {
        if (st.maxCores() == 0) {
            return Numbers.NONE;
        }
        return st.maxCoresWorkers() == st.maxCores() ? String.valueOf(st.maxCores())
                : st.maxCores() + " (" + st.maxCoresWorkers() + " workers)";
    }

    /** {@code 2 cores}, or {@code 2 cores, 256 workers} off the scaling curve. */
    static String onCores(Standing st) {
        int w = st.maxCoresWorkers();
        return cores(st.maxCores()) + (w == st.maxCores() ? "" : ", " + w + (w == 1 ? " worker" : " workers"));
    }

    /** {@code 1 core}, {@code 2 cores}. */
    static String cores(int n) {
        return n + (n == 1 ? " core" : " cores");
    }

    /** The metrics any machine has in this scenario (with {@code relative}: any ratio to the baseline). */
    private static List<Metric> present(ScenarioComparison s, boolean relative) {
        return Arrays.stream(Metric.values()).filter(metric -> s.models().stream().flatMap(m -> m.standings().stream())
                .anyMatch(st -> (relative ? st.relative(metric) : st.figure(metric)).present())).toList();
    }

    private static void forEachStanding(ScenarioComparison s, BiConsumer<ModelComparison, Standing> row) {
        s.models().forEach(m -> m.standings().forEach(st -> row.accept(m, st)));
    }
}
