package corebench.report.compare;

import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.analysis.WorkPerOperation;
import corebench.report.results.KnownModels;
import corebench.report.results.ReportException;
import corebench.report.results.Scenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Machines side by side: the scenarios at least two of them measured (same workload, same parameters),
 * per model each machine's {@link Standing} and the {@link Verdict}s, and what a reader must know first.
 *
 * @param contenders the machines, the baseline first
 * @param scenarios  the compared scenarios
 * @param unfair     differences that make the comparison unfair ({@link Fairness}), most important first
 * @param leftOut    scenarios not compared, and why
 * @param warnings   each machine's reader and analysis warnings, prefixed with its label
 */
public record Comparison(List<Contender> contenders, List<ScenarioComparison> scenarios, List<String> unfair,
                         List<String> leftOut, List<String> warnings) {

    public Comparison {
        contenders = List.copyOf(contenders);
        scenarios = List.copyOf(scenarios);
        unfair = List.copyOf(unfair);
        leftOut = List.copyOf(leftOut);
        warnings = List.copyOf(warnings);
    }

    /** The machine every other one is divided by. */
    public Contender baseline() {
        return contenders.getFirst();
    }

    /**
     * Compares the machines; the first is the baseline.
     *
     * @throws ReportException if fewer than two machines have a scenario in common
     */
    public static Comparison of(List<Contender> contenders) throws ReportException {
        Map<Scenario, Map<Contender, ScenarioAnalysis>> byScenario = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        for (Contender c : contenders) {
            for (ScenarioAnalysis s : c.analysis().scenarios()) {
                if (byScenario.computeIfAbsent(unscaled(s.scenario()), k -> new LinkedHashMap<>()).putIfAbsent(c, s) != null) {
                    leftOut.add(s.scenario().fullName() + ": " + c.label() + " also ran this scenario at another size; "
                            + "compared at the first one only");
                }
            }
        }
        Map<Scenario, Map<Contender, ScenarioAnalysis>> common = new LinkedHashMap<>();
        // scenarios two machines ran that still could not be compared: the reason when nothing is compared
        List<String> incomparable = new ArrayList<>();
        byScenario.forEach((key, analyses) -> {
            // named with its sizes where they match; the key leaves them out
            Scenario scenario = analyses.values().iterator().next().scenario();
            Set<String> units = analyses.values().stream().map(s -> s.work().throughputUnit())
                    .collect(Collectors.toCollection(TreeSet::new));
            Map<Contender, String> streams = streams(analyses);
            if (analyses.size() < 2) {
                leftOut.add(scenario.fullName() + ": measured only on " + labels(analyses.keySet()) + ", not compared");
            } else if (new TreeSet<>(streams.values()).size() > 1) {
                incomparable.add(scenario.fullName() + ": different kernels, not compared: the machines drew their random numbers"
                        + " from different streams (" + streams.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                        .collect(Collectors.joining("; ")) + ")");
                leftOut.add(incomparable.getLast());
            } else if (units.size() > 1) {
                incomparable.add(scenario.fullName() + ": throughput in different units " + units
                        + " (see the warnings), not compared" + everyForkSetAside(analyses));
                leftOut.add(incomparable.getLast());
            } else {
                common.put(key, analyses);
            }
        });
        if (common.isEmpty()) {
            throw new ReportException(incomparable.stream().findFirst()
                    .map(l -> "nothing to compare: " + l).orElseGet(() -> nothingInCommon(contenders)));
        }
        // a scenario whose sizes match on every machine keeps them in its name; one whose sizes differ goes by the key
        Map<Scenario, Map<Contender, ScenarioAnalysis>> named = new LinkedHashMap<>();
        common.forEach((key, analyses) -> {
            Set<Scenario> exact = analyses.values().stream().map(ScenarioAnalysis::scenario).collect(Collectors.toSet());
            named.put(exact.size() == 1 ? exact.iterator().next() : key, analyses);
        });
        List<ScenarioComparison> scenarios = new ArrayList<>();
        Map<Scenario, String> labels = RunAnalysis.labels(named.keySet());
        named.forEach((scenario, analyses) -> scenarios.add(
                compare(scenario, labels.get(scenario), analyses, contenders)));
        List<String> warnings = new ArrayList<>();
        contenders.forEach(c -> c.analysis().warnings().forEach(w -> warnings.add(c.label() + ": " + w)));
        List<String> unfair = new ArrayList<>(Fairness.check(contenders, scenarios));
        named.forEach((scenario, analyses) -> sizes(labels.get(scenario), analyses).ifPresent(unfair::add));
        return new Comparison(contenders, scenarios, unfair, leftOut, warnings);
    }

    /**
     * Parameters a sweep scales with the machine (strong scaling's Monte Carlo {@code samples}, Jacobi's
     * {@code steps}): a 16-CPU and a 2-CPU run of the same scenario differ in them, so scenarios are matched
     * without them, and compared by throughput (samples/s, cells/s), which does not depend on them.
     */
    static final Set<String> SCALED = Set.of("samples", "steps");

    /**
     * The parameter naming the random stream of the Monte Carlo kernels (their tasks are also granularity's,
     * blocking's and the queue's): a result without it drew from {@link #STREAM_BEFORE}.
     */
    static final String STREAM = "stream";
    static final String STREAM_BEFORE = "splitmix64 (not recorded, before 2026-12-06)";

    /** The scenario as machines are matched on: without its {@link #SCALED} parameters and its {@link #STREAM}. */
    static Scenario unscaled(Scenario s) {
        SortedMap<String, String> params = new TreeMap<>(s.params());
        params.keySet().removeAll(SCALED);
        params.remove(STREAM);
        return new Scenario(s.workload(), s.method(), params);
    }

    /** Each machine's random stream of a scenario, if any machine recorded one; different streams are different kernels. */
    private static Map<Contender, String> streams(Map<Contender, ScenarioAnalysis> analyses) {
        Map<Contender, String> streams = new LinkedHashMap<>();
        if (analyses.values().stream().anyMatch(s -> s.scenario().params().containsKey(STREAM))) {
            analyses.forEach((c, s) -> streams.put(c, s.scenario().params().getOrDefault(STREAM, STREAM_BEFORE)));
        }
        return streams;
    }

    /** A fairness note naming each machine's size when the machines ran a scenario at different sizes. */
    private static Optional<String> sizes(String label, Map<Contender, ScenarioAnalysis> analyses) {
        Map<Contender, String> sizes = new LinkedHashMap<>();
        analyses.forEach((c, s) -> {
            SortedMap<String, String> scaled = new TreeMap<>(s.scenario().params());
            scaled.keySet().retainAll(SCALED);
            sizes.put(c, Scenario.describe(scaled));
        });
        if (sizes.values().stream().distinct().count() < 2) {
            return Optional.empty();
        }
        return Optional.of(label + ": sizes differ (" + sizes.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("; ")) + "), as the sweep scales strong-scaling work with each machine's cores; "
                + "compared by throughput (" + analyses.values().iterator().next().work().throughputUnit()
                + "), not time per operation, and a bigger size can favour models with a fixed start-up cost");
    }

    private static ScenarioComparison compare(Scenario scenario, String label, Map<Contender, ScenarioAnalysis> analyses,
                                              List<Contender> contenders) {
        WorkPerOperation work = analyses.values().iterator().next().work();
        Set<String> models = new TreeSet<>(KnownModels.ORDER);
        analyses.values().forEach(s -> s.models().forEach(m -> models.add(m.model())));
        List<ModelComparison> comparisons = new ArrayList<>();
        for (String model : models) {
            List<Standing> standings = new ArrayList<>();
            for (Contender c : contenders) {
                Optional<ModelSeries> series = Optional.ofNullable(analyses.get(c))
                        .flatMap(s -> s.models().stream().filter(m -> m.model().equals(model)).findFirst());
                standings.add(Standing.of(c, series));
            }
            Standing baseline = standings.getFirst();
            standings.replaceAll(s -> s.relativeTo(baseline));
            Map<Metric, Verdict> verdicts = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                Verdict.of(metric, standings).ifPresent(v -> verdicts.put(metric, v));
            }
            comparisons.add(new ModelComparison(model, standings, verdicts));
        }
        return new ScenarioComparison(scenario, label, work, comparisons);
    }

    /**
     * {@code ": epyc-1cpu had every fork of a result set aside ..."} naming the machines with a result none of whose
     * forks was counted (such a result may record no work per operation, and so differ in its unit); empty when none has.
     */
    private static String everyForkSetAside(Map<Contender, ScenarioAnalysis> analyses) {
        Set<Contender> machines = analyses.entrySet().stream()
                .filter(e -> e.getValue().models().stream().flatMap(m -> m.rows().stream()).map(Row::measurement)
                        .anyMatch(m -> m.capacity().forks() == 0 && !m.capacity().setAside().isEmpty()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
        return machines.isEmpty() ? "" : ": " + labels(machines) + " had every fork of a result set aside (the machine did"
                + " not give the step its CPUs): measure it again";
    }

    /** Why there is nothing to compare: no workload in common, or the same workloads with other parameters. */
    private static String nothingInCommon(List<Contender> contenders) {
        Map<Contender, Set<String>> workloads = new LinkedHashMap<>();
        contenders.forEach(c -> workloads.put(c, c.analysis().scenarios().stream().map(s -> s.scenario().workload())
                .collect(Collectors.toCollection(TreeSet::new))));
        Set<String> shared = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (Set<String> names : workloads.values()) {
            names.stream().filter(name -> !seen.add(name)).forEach(shared::add);
        }
        if (shared.isEmpty()) {
            return "nothing to compare: the results have no workload in common ("
                    + describe(workloads, (c, names) -> String.join(", ", names)) + ")";
        }
        return "nothing to compare: " + String.join(", ", shared) + (shared.size() == 1 ? " was" : " were")
                + " run with different parameters on each machine ("
                + describe(workloads, (c, names) -> c.analysis().scenarios().stream()
                .filter(s -> shared.contains(s.scenario().workload()))
                .map(s -> Scenario.describe(s.scenario().params())).distinct().limit(2)
                .collect(Collectors.joining(" / "))) + ")";
    }

    private static String describe(Map<Contender, Set<String>> workloads,
                                   BiFunction<Contender, Set<String>, String> what) {
        return workloads.entrySet().stream().map(e -> e.getKey().label() + ": " + what.apply(e.getKey(), e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String labels(Set<Contender> contenders) {
        return contenders.stream().map(Contender::label).collect(Collectors.joining(", "));
    }

    /** Every machine's label, in order. */
    public List<String> labels() {
        return contenders.stream().map(Contender::label).toList();
    }

    /** The compared scenarios' distinct core counts per machine, over all models' scaling curves. */
    public Map<Contender, Set<Integer>> coreCounts() {
        return coreCounts(contenders, scenarios);
    }

    static Map<Contender, Set<Integer>> coreCounts(List<Contender> contenders, List<ScenarioComparison> scenarios) {
        Map<Contender, Set<Integer>> counts = new LinkedHashMap<>();
        for (Contender c : contenders) {
            Set<Integer> own = new TreeSet<>();
            scenarios.forEach(s -> s.models().forEach(m -> m.standings().stream().filter(st -> st.contender() == c)
                    .forEach(st -> st.series().ifPresent(series -> series.scaling().forEach(r -> own.add(r.cores()))))));
            counts.put(c, own);
        }
        return counts;
    }

    /** The machines for a title: {@code a vs b}. */
    public String name() {
        return contenders.stream().map(Contender::label).collect(Collectors.joining(" vs "));
    }
}
