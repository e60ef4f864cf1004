package corebench.report.verdict;

import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.RunAnalysis;
import corebench.report.render.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Blocking I/O (the blocking workload): tasks mostly wait, so what counts is the throughput a model
 * reaches with as many workers as it can afford. Models are ranked by their best throughput over the
 * worker counts measured; how far it scales is the workers per core it needs ({@link WorkersNeeded}).
 */
final class BlockingWork implements WorkKind {

    @Override
    public Optional<VerdictRow> row(RunAnalysis analysis, List<CoreAccount> accounts) {
        List<WorkersNeeded> needs = WorkersNeeded.of(analysis);
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        Map<Contender, WorkersNeeded> contenders = new LinkedHashMap<>();
        needs.forEach(n -> contenders.put(Contender.of(n.model(), n.model(), n.best(),
                Numbers.scaled(n.best(), "tasks/s") + " at " + n.bestWorkers() + " workers", n.source(), false), n));
        List<Ranking.Ranked> ranked = Ranking.of(List.copyOf(contenders.keySet()), true);
        Contender leader = ranked.getFirst().contender();
        List<String> avoid = new ArrayList<>();
        ranked.forEach(r -> Judgement.farBehind(r.contender(), leader, true).ifPresent(avoid::add));
        WorkersNeeded top = contenders.get(leader);
        String scenario = analysis.scenarios().stream().filter(s -> s.scenario().workload().equals(WorkersNeeded.WORKLOAD))
                .findFirst().orElseThrow().label();
        return Optional.of(new VerdictRow("blocking I/O (blocking)", scenario, top.cores(), "best throughput (tasks/s)",
                ranked, Judgement.standing(ranked), avoid, Wording.WORKERS_PER_CORE.say(leader.label(),
                        Numbers.plain(top.perCore()), top.below() > 0
                                ? top.workers() + " workers; " + top.below() + " were not enough"
                                : top.workers() + " workers, the fewest measured"),
                Judgement.noErrors(List.copyOf(contenders.keySet()))));
    }
}
