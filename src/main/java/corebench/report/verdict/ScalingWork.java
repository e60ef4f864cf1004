package corebench.report.verdict;

import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Plausibility;
import corebench.report.analysis.Row;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.render.Numbers;
import corebench.report.results.Estimate;
import corebench.report.results.KnownModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Work that should scale with cores (Monte Carlo, the grid): models ranked by throughput at the most
 * cores measured, shown as speedup against the sequential model and efficiency. A model not measured at
 * that core count is compared with the best at the most cores it has.
 */
final class ScalingWork implements WorkKind {

    private final String work;
    private final String workload;
    private final Map<String, String> params;

    /**
     * @param work     the row's name
     * @param workload the workload it reads
     * @param params   parameters its scenario must have; among several matching scenarios the one with
     *                 the most core counts, then the largest {@code size}, is read
     */
    ScalingWork(String work, String workload, Map<String, String> params) {
        this.work = work;
        this.workload = workload;
        this.params = Map.copyOf(params);
    }

    @Override
    public Optional<VerdictRow> row(RunAnalysis analysis, List<CoreAccount> accounts) {
        Optional<ScenarioAnalysis> chosen = analysis.scenarios().stream()
                .filter(s -> s.scenario().workload().equals(workload) && s.maxCores() > 0)
                .filter(s -> params.entrySet().stream().allMatch(p -> p.getValue().equals(s.scenario().params().get(p.getKey()))))
                .max(Comparator.comparingInt((ScenarioAnalysis s) -> s.coreCounts().size())
                        .thenComparingDouble(s -> Double.parseDouble(s.scenario().params().getOrDefault("size", "0"))));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        ScenarioAnalysis s = chosen.get();
        int cores = s.maxCores();
        Map<Contender, Row> contenders = contendersAt(s, cores);
        if (contenders.isEmpty()) {
            return Optional.empty();
        }
        List<Ranking.Ranked> ranked = Ranking.of(List.copyOf(contenders.keySet()), true);
        Contender leader = ranked.getFirst().contender();
        List<String> avoid = Judgement.avoidSlow(ranked, contenders::get, (reason, c) -> Judgement.withCause(reason,
                c.model(), CoreAccounts.find(accounts, contenders.get(c).measurement())));
        List<String> notes = new ArrayList<>(Judgement.noErrors(List.copyOf(contenders.keySet())));
        contenders.forEach((c, row) -> notes.addAll(Plausibility.flags(s, c.model(), row, analysis.results().machine())));
        for (ModelSeries m : s.models()) {
            if (!m.model().equals(KnownModels.BASELINE) && Judgement.at(m, cores).isEmpty() && m.maxCores() > 0) {
                notes.add(notAtTop(s, m));
            }
        }
        String scaling = Judgement.scaling(s, leader.model()) + CoreAccounts.find(accounts, contenders.get(leader).measurement())
                .flatMap(Judgement::measuredCause)
                .map(cause -> "; " + Wording.LEADER_LOSS.say(leader.model(), Numbers.cores(cores), cause)).orElse("");
        return Optional.of(new VerdictRow(work, s.label(), cores, "throughput (" + s.work().throughputUnit() + ")",
                ranked, Judgement.standing(ranked), avoid, scaling, notes));
    }

    /** Every model but the baseline with a scaling point at {@code cores}, in display order. */
    private static Map<Contender, Row> contendersAt(ScenarioAnalysis s, int cores) {
        Map<Contender, Row> contenders = new LinkedHashMap<>();
        for (ModelSeries m : s.models()) {
            if (!m.model().equals(KnownModels.BASELINE)) {
                Judgement.at(m, cores).ifPresent(row -> contenders.put(Contender.of(m.model(), m.model(), row.throughput(),
                        shown(row, s.work().throughputUnit()), row.measurement(), false), row));
            }
        }
        return contenders;
    }

    /**
     * {@code 1.87× ± 0.27 vs sequential (efficiency 94% ± 13%)}; against its own 1 core without a sequential
     * run; the throughput without either.
     */
    private static String shown(Row row, String unit) {
        boolean vsSequential = row.speedupVsSequential().present();
        Estimate speedup = vsSequential ? row.speedupVsSequential() : row.speedup();
        if (!speedup.present()) {
            return Numbers.scaled(row.throughput(), unit);
        }
        return Numbers.factor(speedup) + (vsSequential ? " vs sequential" : " vs its 1 core") + " (efficiency "
                + Numbers.percent(speedup.times(1.0 / row.cores())) + ")";
    }

    /** {@link Wording#NOT_AT_TOP}: the model against the best other model at the most cores it was measured at. */
    private static String notAtTop(ScenarioAnalysis s, ModelSeries m) {
        int k = m.maxCores();
        List<Contender> there = List.copyOf(contendersAt(s, k).keySet());
        Contender own = there.stream().filter(c -> c.model().equals(m.model())).findFirst().orElseThrow();
        Optional<Contender> best = Ranking.of(there.stream().filter(c -> c != own).toList(), true).stream()
                .map(Ranking.Ranked::contender).findFirst();
        if (best.isEmpty()) {
            return Wording.NOT_AT_TOP.say(m.model(), Numbers.cores(k), "the only model", "measured", own.shown());
        }
        String relation = own.tiedWith(best.get()) ? "tied with"
                : own.figure().value() > best.get().figure().value() ? "ahead of" : "behind";
        return Wording.NOT_AT_TOP.say(m.model(), Numbers.cores(k), relation, best.get().label(), own.shown());
    }
}
