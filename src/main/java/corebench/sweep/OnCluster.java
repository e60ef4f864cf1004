package corebench.sweep;

import corebench.bench.RunStep;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The plan of a run on a real cluster ({@code sweep --cluster}): each remote model leaves every run and comes back
 * once per run it was in, at the top step only, with workers 1, 2, 4, … up to the cluster's executor threads.
 */
record OnCluster(int clusterThreads) implements UnaryOperator<SweepPlan> {
    @Override
    public SweepPlan apply(SweepPlan plan) {
        Map<String, JmhRun> remoteRuns = new LinkedHashMap<>();
        List<String> workers = SweepPipeline.coreCounts(clusterThreads).stream().map(String::valueOf).toList();
        SweepPlan local = plan.mapRuns((step, run, skips) -> {
            List<String> models = run.params().getOrDefault("model", List.of());
            List<String> remote = RunStep.where(models, Trait.REMOTE, true);
            if (remote.isEmpty()) {
                return List.of(run);
            }
            remoteRuns.putIfAbsent(run.name(), new JmhRun(run.name() + "-cluster", run.workload(), run.benchmark(), run.params())
                    .with("model", remote).with("workers", workers));
            List<String> others = models.stream().filter(m -> !remote.contains(m)).toList();
            return others.isEmpty() ? List.of() : List.of(run.with("model", others));
        });
        if (plan.steps().isEmpty()) {
            return local;
        }
        SweepPlan.Step top = plan.steps().get(plan.steps().size() - 1);
        List<SweepPlan.Step> steps = new ArrayList<>(local.steps());
        List<JmhRun> runs = new ArrayList<>();
        if (!steps.isEmpty() && steps.get(steps.size() - 1).cores() == top.cores()) {
            runs.addAll(steps.remove(steps.size() - 1).runs());
        }
        remoteRuns.values().forEach(r -> runs.add(r.with("cores", List.of(String.valueOf(top.cores())))));
        if (!runs.isEmpty()) {
            steps.add(new SweepPlan.Step(top.cores(), top.cpus(), runs));
        }
        return local.withSteps(steps);
    }
}
