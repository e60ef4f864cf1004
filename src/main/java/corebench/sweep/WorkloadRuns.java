package corebench.sweep;

import corebench.bench.RunStep;
import corebench.bench.Workload;
import corebench.model.Models;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The first step: one step per core count, confined to its CPUs, holding each workload's runs there as its
 * {@link Workload} declares them (with the {@code cores} parameter set), and each workload's skips with their reasons.
 * Models run in {@link Models#ids()} order, workloads in the user's.
 */
record WorkloadRuns(List<Integer> cores, List<String> workloads, List<String> models, boolean quick,
                    CpuRestriction restriction) implements UnaryOperator<SweepPlan> {

    @Override
    public SweepPlan apply(SweepPlan plan) {
        models.forEach(Models::byId); // fails with the list of valid names
        List<String> ordered = Models.ids().stream().filter(models::contains).toList();
        int max = cores.stream().mapToInt(Integer::intValue).max().orElseThrow(
                () -> new IllegalArgumentException("no core counts to run"));
        for (int c : cores) {
            if (c < 1 || c > restriction.maxCores()) {
                throw new IllegalArgumentException("core count " + c + " is not between 1 and "
                        + restriction.maxCores() + ", the CPUs this process may use");
            }
        }
        List<Workload> declared = workloads.stream().map(Workload::byName).toList();
        List<SweepPlan.Step> steps = new ArrayList<>();
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        for (int c : new TreeSet<>(cores)) {
            List<JmhRun> runs = new ArrayList<>();
            for (Workload w : declared) {
                RunStep step = new RunStep(w.name(), c, max, ordered, quick,
                        s -> skips.add(new SweepPlan.Skip(s.workload(), s.model(), s.reason())));
                w.runs().apply(step).forEach(r -> runs.add(new JmhRun(r.name(), w.name(), r.benchmark(), r.params())
                        .with("cores", List.of(String.valueOf(c)))));
            }
            if (!runs.isEmpty()) {
                steps.add(new SweepPlan.Step(c, restriction.cpuList(c), runs));
            }
        }
        return new SweepPlan(plan.name(), plan.jmh(), List.copyOf(steps), List.copyOf(skips), plan.budget());
    }
}
