package corebench.report.verdict;

import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.render.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared state (the contention workload): each model with each strategy for its total (a lock, an
 * atomic, an adder, per-worker partials, ...) ranked by adds per second at the most cores with
 * workers = cores. Strategies that get slower with more cores are named.
 */
final class SharedState implements WorkKind {

    private static final String WORKLOAD = "contention";

    @Override
    public Optional<VerdictRow> row(RunAnalysis analysis, List<CoreAccount> accounts) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        int cores = WorkloadRow.topCores(rows);
        Map<Contender, WorkloadRow> contenders = new LinkedHashMap<>();
        rows.stream().filter(w -> w.row().cores() == cores && w.row().workers() == cores).forEach(w -> contenders.put(
                Contender.of(w.model(), w.model() + " + " + w.param("strategy"), w.row().throughput(),
                        Numbers.scaled(w.row().throughput(), w.scenario().work().throughputUnit()), w.row().measurement(), false), w));
        if (contenders.isEmpty()) {
            return Optional.empty();
        }
        List<Ranking.Ranked> ranked = Ranking.of(List.copyOf(contenders.keySet()), true);
        Contender leader = ranked.getFirst().contender();
        // no cause by model name (a strategy's cost is the shared total's, whatever the model): measured ones only
        List<String> avoid = Judgement.avoidSlow(ranked, c -> contenders.get(c).row(), (reason, c) ->
                CoreAccounts.find(accounts, contenders.get(c).row().measurement()).flatMap(Judgement::measuredCause)
                        .map(cause -> reason + ": " + cause).orElse(reason));
        WorkloadRow best = contenders.get(leader);
        return Optional.of(new VerdictRow("shared state (contention)", WORKLOAD + ", every strategy", cores,
                "throughput (" + best.scenario().work().throughputUnit() + ")", ranked, Judgement.standing(ranked),
                avoid, Judgement.scaling(best.scenario(), leader.model()),
                Judgement.noErrors(List.copyOf(contenders.keySet()))));
    }
}
