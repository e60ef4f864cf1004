package corebench.report.verdict;

import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.StartupRows;
import corebench.report.analysis.WorkloadRow;
import corebench.report.render.Numbers;
import corebench.report.results.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up (the startup workload): models ranked by the time to create one, run a trivial task and
 * close it (cold, per start: {@link StartupRows}), at the most cores with workers = cores. A model far
 * behind is named with its reuse time (warm) where that was measured.
 */
final class StartupWork implements WorkKind {

    private static final String WORKLOAD = "startup";

    @Override
    public Optional<VerdictRow> row(RunAnalysis analysis, List<CoreAccount> accounts) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        int cores = WorkloadRow.topCores(rows);
        List<WorkloadRow> top = rows.stream().filter(w -> w.row().cores() == cores && w.row().workers() == cores).toList();
        Map<Contender, WorkloadRow> contenders = new LinkedHashMap<>();
        top.stream().filter(w -> "cold".equals(StartupRows.start(w))).forEach(w -> contenders.put(Contender.of(w.model(),
                w.model(), StartupRows.secondsPerStart(w), Numbers.time(StartupRows.secondsPerStart(w)) + " per start",
                w.row().measurement(), true), w));
        if (contenders.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Estimate> warm = new LinkedHashMap<>();
        top.stream().filter(w -> "warm".equals(StartupRows.start(w)))
                .forEach(w -> warm.put(w.model(), StartupRows.secondsPerStart(w)));
        List<Ranking.Ranked> ranked = Ranking.of(List.copyOf(contenders.keySet()), false);
        Contender leader = ranked.getFirst().contender();
        List<String> avoid = new ArrayList<>();
        for (Ranking.Ranked r : ranked) {
            Contender c = r.contender();
            Judgement.farBehind(c, leader, false).ifPresent(reason -> avoid.add(warm.containsKey(c.model())
                    ? reason + ": " + Wording.REUSE.say(Numbers.time(warm.get(c.model()))) : reason));
        }
        WorkloadRow best = contenders.get(leader);
        return Optional.of(new VerdictRow("start-up (startup)", best.scenario().label(), cores,
                "create + one task + close (seconds)", ranked, Judgement.standing(ranked), avoid,
                Judgement.scaling(best.scenario(), leader.model()), Judgement.noErrors(List.copyOf(contenders.keySet()))));
    }
}
