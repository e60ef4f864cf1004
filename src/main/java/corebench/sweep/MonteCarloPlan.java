package corebench.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monte Carlo pi in the sweep: strong scaling with both kernels at every core count, weak scaling with
 * the scalar kernel, and oversubscription (2× and 4× workers per core) at the top core count. Strong
 * scaling's samples grow with the machine ({@link ScaledSizes}).
 * {@code sequential} runs at one core only: it has no parallelism to scale. {@code process-per-task}
 * runs the scalar kernel only: with SIMD, a fresh JVM per task measures C2's warm-up of the Vector API
 * (seconds), not the work. {@code cluster} runs strong scaling with the scalar kernel only: each JMH fork
 * starts its member JVMs (~2 s for one, ~7 s for two on 2 cores), so one benchmark per core count keeps the
 * sweep in budget.
 */
final class MonteCarloPlan implements WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.MonteCarloBench.pi";
    /** Child JVMs per oversubscribed step are capped: hundreds of JVMs measure memory, not scheduling. */
    static final int MAX_CHILD_JVMS = 128;

    @Override
    public String name() {
        return "montecarlo";
    }

    @Override
    public String description() {
        return "Monte Carlo pi: CPU-bound, embarrassingly parallel (scalar and SIMD kernels, strong and weak scaling)";
    }

    @Override
    public List<JmhRun> runs(StepContext step) {
        List<String> models = new ArrayList<>(step.scalingModels());
        if (step.quick() && !step.top()) {
            models.remove("cluster");
        }
        List<String> simdModels = new ArrayList<>(models);
        simdModels.remove("process-per-task");
        simdModels.remove("cluster");
        List<String> weakModels = new ArrayList<>(models);
        weakModels.remove("cluster");
        String workers = String.valueOf(step.cores());
        List<JmhRun> runs = new ArrayList<>();
        add(runs, "strong-scalar", models, List.of(workers), "scalar", "strong", step.maxCores());
        if (!step.quick()) {
            add(runs, "strong-simd", simdModels, List.of(workers), "simd", "strong", step.maxCores());
            add(runs, "weak-scalar", weakModels, List.of(workers), "scalar", "weak", step.maxCores());
        }
        if (step.top() && step.cores() > 1) {
            // the quick plan keeps one oversubscription point: 2× shows the trend, 4× doubles its cost
            List<String> over = step.quick() ? List.of(String.valueOf(2 * step.cores()))
                    : List.of(String.valueOf(2 * step.cores()), String.valueOf(4 * step.cores()));
            List<String> threadModels = new ArrayList<>(step.modelsExcept("sequential", "cluster"));
            List<String> processModels = new ArrayList<>();
            for (String m : List.copyOf(threadModels)) {
                if (m.startsWith("process-")) {
                    threadModels.remove(m);
                    processModels.add(m);
                }
            }
            add(runs, "oversubscribed-threads", threadModels, over, "scalar", "strong", step.maxCores());
            List<String> cappedOver = over.stream().filter(w -> Integer.parseInt(w) <= MAX_CHILD_JVMS).toList();
            add(runs, "oversubscribed-processes", processModels, cappedOver, "scalar", "strong", step.maxCores());
        }
        return runs;
    }

    @Override
    public List<SweepPlan.Skip> skipped(StepContext step) {
        List<SweepPlan.Skip> skips = new ArrayList<>();
        if (step.models().contains("process-per-task") && !step.quick()) {
            skips.add(new SweepPlan.Skip(name(), "process-per-task", "simd kernel not run: a fresh JVM per task "
                    + "measures the Vector API's ~2 s of JIT warm-up, not the kernel"));
        }
        if (step.models().contains("cluster")) {
            skips.add(new SweepPlan.Skip(name(), "cluster", (step.quick() ? "run at the top core count only; "
                    : "simd kernel and weak scaling not run; ") + "no oversubscription: every JMH fork starts its "
                    + "member JVMs (~7 s for two on 2 cores), so the sweep keeps the cluster to strong scaling with the "
                    + "scalar kernel, one benchmark per core count"));
        }
        if (step.top() && 4 * step.cores() > MAX_CHILD_JVMS) {
            skips.add(new SweepPlan.Skip(name(), "process-pool, process-per-task", "oversubscription above "
                    + MAX_CHILD_JVMS + " child JVMs not run"));
        }
        return skips;
    }

    /** Strong scaling gets {@link ScaledSizes#monteCarloSamples}; weak scaling keeps 2^24 samples per worker. */
    private void add(List<JmhRun> runs, String suffix, List<String> models, List<String> workers, String kernel, String scaling,
                     int maxCores) {
        if (models.isEmpty() || workers.isEmpty()) {
            return;
        }
        long samples = scaling.equals("strong") ? ScaledSizes.monteCarloSamples(kernel, maxCores) : ScaledSizes.BASE_SAMPLES;
        runs.add(new JmhRun(name() + "-" + suffix, name(), BENCHMARK, Map.of())
                .with("model", models).with("workers", workers)
                .with("kernel", List.of(kernel)).with("scaling", List.of(scaling))
                .with("samples", List.of(String.valueOf(samples))));
    }
}
