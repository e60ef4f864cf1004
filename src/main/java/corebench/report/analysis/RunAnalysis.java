package corebench.report.analysis;

import corebench.format.PairedRatio;
import corebench.report.results.Estimate;
import corebench.report.results.KnownModels;
import corebench.report.results.Measurement;
import corebench.report.results.RunResults;
import corebench.report.results.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The analysis of one machine's results: per scenario and model, throughput, speedups, efficiency,
 * Karp–Flatt and the scaling fits. Renderers only read this; comparing machines puts several side by side.
 *
 * @param results   what was read
 * @param scenarios one per scenario, by workload ({@link #WORKLOADS_BY_IMPORTANCE}) then parameters
 * @param warnings  the reader's warnings plus the analysis's (single core count, missing baselines)
 */
public record RunAnalysis(RunResults results, List<ScenarioAnalysis> scenarios, List<String> warnings) {

    /**
     * The order workloads are reported in, by what a reader needs first; workloads not listed follow
     * alphabetically. The bandwidth probe comes last: it is the grid's ceiling, and the grid's own
     * bandwidth chart already shows it beside Jacobi.
     */
    public static final List<String> WORKLOADS_BY_IMPORTANCE = List.of("montecarlo", "grid", "granularity",
            "contention", "blocking", "startup", "bandwidth");

    private static final Comparator<String> WORKLOAD_ORDER = Comparator
            .comparingInt((String w) -> WORKLOADS_BY_IMPORTANCE.contains(w) ? WORKLOADS_BY_IMPORTANCE.indexOf(w)
                    : WORKLOADS_BY_IMPORTANCE.size())
            .thenComparing(Comparator.naturalOrder());

    public RunAnalysis {
        scenarios = List.copyOf(scenarios);
        warnings = List.copyOf(warnings);
    }

    /** Analyses every scenario of the results. */
    public static RunAnalysis of(RunResults results) {
        List<String> warnings = new ArrayList<>(results.warnings());
        Map<Scenario, List<Measurement>> byScenario = results.measurements().stream()
                .sorted(Comparator.comparing((Measurement m) -> m.scenario().workload(), WORKLOAD_ORDER)
                        .thenComparing(m -> m.scenario().fullName()))
                .collect(Collectors.groupingBy(Measurement::scenario, LinkedHashMap::new, Collectors.toList()));
        List<ScenarioAnalysis> scenarios = new ArrayList<>();
        Map<String, List<String>> oneCoreCount = new LinkedHashMap<>();
        Map<Scenario, String> labelled = labels(byScenario.keySet());
        byScenario.forEach((scenario, measurements) -> scenarios.add(
                analyse(scenario, labelled.get(scenario), measurements, warnings, oneCoreCount)));
        // one line per core count, listing its scenarios, rather than one line per scenario
        oneCoreCount.forEach((cores, labels) -> warnings.add(String.join(", ", labels) + ": only one core count ("
                + cores + "), so no speedup curve and no fit; tables and throughput only"));
        RunAnalysis analysis = new RunAnalysis(results, scenarios, warnings);
        List<String> implausible = Plausibility.flags(analysis);
        if (implausible.isEmpty()) {
            return analysis;
        }
        warnings.addAll(implausible);
        return new RunAnalysis(results, scenarios, warnings);
    }

    private static ScenarioAnalysis analyse(Scenario scenario, String label, List<Measurement> measurements,
                                            List<String> warnings, Map<String, List<String>> oneCoreCount) {
        WorkPerOperation rule = workRule(scenario, label, measurements, warnings);
        Map<String, List<Measurement>> byModel = measurements.stream().collect(
                Collectors.groupingBy(Measurement::model, () -> new TreeMap<>(KnownModels.ORDER), Collectors.toList()));
        Optional<Measurement> sequential = baseline(byModel.getOrDefault(KnownModels.BASELINE, List.of()));
        List<ModelSeries> models = new ArrayList<>();
        byModel.forEach((model, ms) -> {
            Optional<Measurement> own = baseline(ms);
            List<Row> rows = ms.stream()
                    .sorted(Comparator.comparingInt(Measurement::cores).thenComparingInt(Measurement::workers))
                    .map(m -> row(m, rule, own, sequential))
                    .toList();
            List<Row> scaling = rows.stream().filter(r -> r.workers() == r.cores()).toList();
            models.add(new ModelSeries(model, rows, ModelFits.of(scenario, model, scaling)));
        });
        ScenarioAnalysis analysis = new ScenarioAnalysis(scenario, label, rule, models);
        if (analysis.coreCounts().isEmpty()) {
            // e.g. blocking: every point has more workers than cores, by design
            warnings.add(label + ": no run with workers = cores, so no speedup curve and no fit; "
                    + "tables and throughput (vs workers) only");
        } else if (analysis.coreCounts().size() < 2) {
            oneCoreCount.computeIfAbsent(analysis.coreCounts().toString(), k -> new ArrayList<>()).add(label);
        } else {
            models.stream().filter(m -> m.baseline().isEmpty()).forEach(m -> warnings.add(
                    label + ": " + m.model() + " has no run with 1 worker on 1 core, so no speedups"));
        }
        return analysis;
    }

    /** The scenario's work rule, or operations if the scenario lacks what the rule needs. */
    private static WorkPerOperation workRule(Scenario scenario, String label, List<Measurement> measurements,
                                             List<String> warnings) {
        try {
            return WorkPerOperation.of(measurements);
        } catch (IllegalArgumentException e) {
            warnings.add(label + ": cannot tell the work per operation (" + e.getMessage() + "); throughput is in operations/s");
            return WorkPerOperation.OPERATIONS;
        }
    }

    private static Row row(Measurement m, WorkPerOperation rule, Optional<Measurement> own,
                           Optional<Measurement> sequential) {
        Estimate throughput = throughput(m, rule);
        Estimate speedup = own.map(base -> ratio(m, base, rule)).orElse(Estimate.NONE);
        Estimate vsSequential = sequential.map(base -> ratio(m, base, rule)).orElse(Estimate.NONE);
        boolean onCurve = m.workers() == m.cores();
        return new Row(m, throughput, speedup, vsSequential, speedup.times(1.0 / m.cores()),
                onCurve ? KarpFlatt.of(speedup, m.cores()) : Estimate.NONE);
    }

    /**
     * A throughput ratio from the two results' rounds paired ({@link PairedRatio}); the baseline divided by
     * itself is exactly 1. Results with fewer than 2 rounds in common (no rawData, or measured in different
     * rounds) divide their throughputs, their errors independent and added in quadrature. A ratio with a
     * half that is not claimed has no interval either.
     */
    private static Estimate ratio(Measurement m, Measurement base, WorkPerOperation rule) {
        if (m == base) {
            return Estimate.exact(1);
        }
        if (!m.claimed() || !base.claimed()) {
            return new Estimate(throughput(m, rule).value() / throughput(base, rule).value(), Double.NaN);
        }
        // throughput ratio = (work_m / t_m) / (work_base / t_base): per round, t_base,r / t_m,r times the work ratio
        PairedRatio r = PairedRatio.of(base.roundSeconds(), m.roundSeconds());
        if (r.rounds() < 2) {
            return throughput(m, rule).dividedBy(throughput(base, rule));
        }
        double work = rule.amount(m) / rule.amount(base);
        return new Estimate(r.value() * work, r.halfWidth() * work);
    }

    /** The 1 worker, 1 core run that speedups are relative to. */
    private static Optional<Measurement> baseline(List<Measurement> ms) {
        return ms.stream().filter(m -> m.cores() == 1 && m.workers() == 1).findFirst();
    }

    private static Estimate throughput(Measurement m, WorkPerOperation rule) {
        return Estimate.exact(rule.amount(m)).dividedBy(m.secondsPerOp());
    }

    /** The workload, plus the method and parameters that differ between this workload's scenarios in {@code all}. */
    public static String label(Scenario scenario, Collection<Scenario> all) {
        return labels(all).get(scenario);
    }

    /**
     * Every scenario's {@link #label}, in time linear in the scenarios. Labels are unique: a scenario whose label
     * another already has (parameter values can be made to read alike) gets {@code  #2}, {@code  #3}, ...
     */
    public static Map<Scenario, String> labels(Collection<Scenario> all) {
        Map<String, Set<String>> methods = new HashMap<>();
        Map<String, Integer> scenarios = new HashMap<>();
        Map<String, Map<String, Set<String>>> values = new HashMap<>();
        Map<String, Map<String, Integer>> holders = new HashMap<>();
        for (Scenario s : all) {
            methods.computeIfAbsent(s.workload(), w -> new HashSet<>()).add(s.method());
            scenarios.merge(s.workload(), 1, Integer::sum);
            s.params().forEach((k, v) -> {
                values.computeIfAbsent(s.workload(), w -> new HashMap<>()).computeIfAbsent(k, key -> new HashSet<>()).add(v);
                holders.computeIfAbsent(s.workload(), w -> new HashMap<>()).merge(k, 1, Integer::sum);
            });
        }
        // a key varies when two of the workload's scenarios differ in it, a missing value counting as "null"
        Map<String, Set<String>> varyingKeys = new HashMap<>();
        values.forEach((workload, byKey) -> byKey.forEach((key, vs) -> {
            boolean missingSomewhere = holders.get(workload).get(key) < scenarios.get(workload);
            if (vs.size() > 1 || missingSomewhere && !vs.contains("null")) {
                varyingKeys.computeIfAbsent(workload, w -> new HashSet<>()).add(key);
            }
        }));
        Map<Scenario, String> labels = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Scenario s : all) {
            Map<String, String> varying = new TreeMap<>();
            varyingKeys.getOrDefault(s.workload(), Set.of()).forEach(k -> varying.put(k, String.valueOf(s.params().get(k))));
            String name = s.workload() + (methods.get(s.workload()).size() > 1 ? "." + s.method() : "");
            String label = varying.isEmpty() ? name : name + " " + Scenario.describe(varying);
            String unique = label;
            for (int n = 2; !taken.add(unique); n++) {
                unique = label + " #" + n;
            }
            labels.put(s, unique);
        }
        return labels;
    }
}
