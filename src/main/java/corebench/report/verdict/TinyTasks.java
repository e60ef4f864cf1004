package corebench.report.verdict;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.render.Numbers;
import corebench.report.results.Estimate;
import corebench.report.results.KnownModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Many tiny tasks (the granularity workload): models ranked by time per task when each task is its own
 * submission (the smallest chunk size measured), at the most cores with workers = cores. Those far
 * behind are named with the task size under which their cost dominates ({@link TaskOverhead}).
 * Another workload's reading of per-task cost (a queue, say) joins by adding its contenders to the
 * ranking built here.
 */
final class TinyTasks implements WorkKind {

    @Override
    public Optional<VerdictRow> row(RunAnalysis analysis) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, TaskOverhead.WORKLOAD);
        int cores = WorkloadRow.topCores(rows);
        List<WorkloadRow> top = rows.stream().filter(w -> w.row().cores() == cores && w.row().workers() == cores
                && !w.model().equals(KnownModels.BASELINE)).toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        double chunk = top.stream().mapToDouble(w -> w.number("chunkSize")).min().orElseThrow();
        Map<Contender, WorkloadRow> contenders = new LinkedHashMap<>();
        top.stream().filter(w -> w.number("chunkSize") == chunk).forEach(w -> contenders.put(contender(w), w));
        List<Ranking.Ranked> ranked = Ranking.of(List.copyOf(contenders.keySet()), false);
        Contender leader = ranked.getFirst().contender();
        Map<String, TaskOverhead> overheads = new LinkedHashMap<>();
        TaskOverhead.of(analysis).forEach(o -> overheads.put(o.model(), o));
        List<String> avoid = new ArrayList<>();
        for (Ranking.Ranked r : ranked) {
            Contender c = r.contender();
            Judgement.farBehind(c, leader, false).ifPresent(reason -> avoid.add(dominates(reason, c.model(),
                    overheads.get(c.model()))));
        }
        List<String> notes = new ArrayList<>(Judgement.noErrors(List.copyOf(contenders.keySet())));
        top.stream().filter(w -> contenders.values().stream().noneMatch(c -> c.model().equals(w.model())))
                .collect(Collectors.groupingBy(WorkloadRow::model, LinkedHashMap::new, Collectors.toList()))
                .forEach((model, own) -> {
                    WorkloadRow smallest = own.stream().min(Comparator.comparingDouble(w -> w.number("chunkSize"))).orElseThrow();
                    notes.add(Wording.ONLY_BATCHED.say(model, (int) smallest.number("chunkSize"), contender(smallest).shown()));
                });
        String scenario = contenders.values().iterator().next().scenario().label();
        return Optional.of(new VerdictRow("tiny tasks (granularity)", scenario, cores,
                "time per task (" + (int) chunk + " per submission)", ranked, Judgement.standing(ranked), avoid,
                Judgement.scaling(contenders.values().iterator().next().scenario(), leader.model()), notes));
    }

    private static Contender contender(WorkloadRow w) {
        Estimate perTask = TaskOverhead.secondsPerTask(w);
        return new Contender(w.model(), w.model(), perTask, Numbers.time(perTask) + " per task");
    }

    /** The reason with the model's cost and, where known, the task size under which that cost is over 5%. */
    private static String dominates(String reason, String model, TaskOverhead overhead) {
        String cause = Wording.CAUSES.get(model);
        if (cause == null || overhead == null || overhead.inNoise()) {
            return Judgement.withCause(reason, model);
        }
        return reason + ": " + Wording.DOMINATES.say(cause,
                Numbers.time(Estimate.exact(overhead.underFivePercent().value())));
    }
}
