package corebench.report.verdict;

import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
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
 * The queue workload's reading joins the same ranking: each model's fastest queue at the same task size,
 * one task per queue item, labelled with its queue ({@code platform-pool (queue linked/16)}).
 */
final class TinyTasks implements WorkKind {
    private static final String QUEUE_WORKLOAD = "queue";
    /** In a queue contender's label, before its queue: {@code platform-pool (queue linked/16)}. */
    private static final String QUEUED = " (queue ";

    @Override
    public Optional<VerdictRow> row(RunAnalysis analysis, List<CoreAccount> accounts) {
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
        String taskSamples = top.getFirst().param("taskSamples");
        queueContenders(analysis, cores, taskSamples).forEach(w -> contenders.put(queueContender(w), w));
        List<Ranking.Ranked> ranked = Ranking.of(List.copyOf(contenders.keySet()), false);
        Contender leader = ranked.getFirst().contender();
        Map<String, TaskOverhead> overheads = new LinkedHashMap<>();
        TaskOverhead.of(analysis).forEach(o -> overheads.put(o.model(), o));
        List<String> avoid = new ArrayList<>();
        for (Ranking.Ranked r : ranked) {
            Contender c = r.contender();
            boolean queued = c.label().contains(QUEUED);
            Optional<CoreAccount> account = CoreAccounts.find(accounts, contenders.get(c).row().measurement());
            Judgement.farBehind(c, leader, false).ifPresent(reason -> avoid.add(queued ? reason : dominates(reason, c.model(),
                    overheads.get(c.model()), account)));
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

    /**
     * The queue workload's reading of the same question: per model, its fastest queue at the granularity
     * tasks' size, every task its own queue item (none when the queue workload did not run there).
     */
    private static List<WorkloadRow> queueContenders(RunAnalysis analysis, int cores, String taskSamples) {
        Map<String, WorkloadRow> fastest = new LinkedHashMap<>();
        WorkloadRow.of(analysis, QUEUE_WORKLOAD).stream().filter(w -> w.row().cores() == cores && w.row().workers() == cores
                && taskSamples.equals(w.param("taskSamples"))).forEach(w -> fastest.merge(w.model(), w, (a, b) ->
                TaskOverhead.secondsPerTask(a).value() <= TaskOverhead.secondsPerTask(b).value() ? a : b));
        return List.copyOf(fastest.values());
    }

    private static Contender queueContender(WorkloadRow w) {
        Estimate perTask = TaskOverhead.secondsPerTask(w);
        String label = w.model() + QUEUED + w.param("queue") + "/" + (w.param("capacity").equals("0") ? "unbounded" : w.param("capacity")) + ")";
        return Contender.of(w.model(), label, perTask, Numbers.time(perTask) + " per task", w.row().measurement(), true);
    }

    private static Contender contender(WorkloadRow w) {
        Estimate perTask = TaskOverhead.secondsPerTask(w);
        return Contender.of(w.model(), w.model(), perTask, Numbers.time(perTask) + " per task", w.row().measurement(), true);
    }

    /**
     * The reason with the model's cost (measured where the result's core time was accounted for:
     * {@link Judgement#withCause}) and, where known, the task size under which that cost is over 5%.
     */
    private static String dominates(String reason, String model, TaskOverhead overhead, Optional<CoreAccount> account) {
        String cause = account.flatMap(Judgement::measuredCause).orElse(Wording.CAUSES.get(model));
        if (cause == null || overhead == null || overhead.inNoise()) {
            return Judgement.withCause(reason, model, account);
        }
        return reason + ": " + Wording.DOMINATES.say(cause,
                Numbers.time(Estimate.exact(overhead.underFivePercent().value())));
    }
}
