package corebench.sweep;

import corebench.model.ModelKind;
import corebench.bench.Fit;
import corebench.model.Models;
import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Monte Carlo pi in the sweep: strong scaling with both kernels at every core count, weak scaling with
 * the scalar kernel, and oversubscription (2× and 4× workers per core) at the top core count. Strong
 * scaling's samples grow with the machine ({@link ScaledSizes}).
 * {@code sequential} runs at one core only: it has no parallelism to scale. A model that fails the
 * SIMD kernel's {@linkplain MonteCarlo#needs needs} ({@code process-per-task}: a fresh JVM per task
 * measures C2's warm-up of the Vector API, seconds, not the work) runs the scalar kernel only. Remote
 * models ({@code cluster}) run strong scaling with the scalar kernel only: each JMH fork starts its member
 * JVMs (~2 s for one, ~7 s for two on 2 cores), so one benchmark per core count keeps the sweep in budget.
 * Oversubscription runs threads and local JVMs separately, the JVMs capped at {@value #MAX_CHILD_JVMS}.
 */
final class MonteCarloPlan extends WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.MonteCarloBench.pi";
    /** Child JVMs per oversubscribed step are capped: hundreds of JVMs measure memory, not scheduling. */
    static final int MAX_CHILD_JVMS = 128;

    MonteCarloPlan() {
        super("montecarlo", "Monte Carlo pi: CPU-bound, embarrassingly parallel (scalar and SIMD kernels, strong and weak scaling)");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        if (!step.quick()) {
            for (String model : step.models()) {
                Fit.whyNot(Models.byId(model), MonteCarlo.needs(Kernel.MONTE_CARLO_SIMD))
                        .ifPresent(reason -> skips.accept(new SweepPlan.Skip(name(), model, reason)));
            }
        }
        for (String remote : StepContext.where(step.models(), Trait.REMOTE, true)) {
            skips.accept(new SweepPlan.Skip(name(), remote, (step.quick() ? "run at the top core count only; "
                    : "simd kernel and weak scaling not run; ") + "no oversubscription: every JMH fork starts its "
                    + "member JVMs (~7 s for two on 2 cores), so the sweep keeps a remote model to strong scaling with the "
                    + "scalar kernel, one benchmark per core count"));
        }
        List<String> models = step.quick() && !step.top() ? StepContext.where(step.scalingModels(), Trait.REMOTE, false)
                : step.scalingModels();
        List<String> weakModels = StepContext.where(models, Trait.REMOTE, false);
        List<String> simdModels = StepContext.where(weakModels, m -> Fit.runs(m, MonteCarlo.needs(Kernel.MONTE_CARLO_SIMD)));
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
            List<String> local = StepContext.where(step.modelsExcept(ModelKind.SEQUENTIAL.id()), Trait.REMOTE, false);
            List<String> threadModels = StepContext.where(local, Trait.JVM_PER_WORKER, false);
            List<String> processModels = StepContext.where(local, Trait.JVM_PER_WORKER, true);
            add(runs, "oversubscribed-threads", threadModels, over, "scalar", "strong", step.maxCores());
            List<String> cappedOver = over.stream().filter(w -> Integer.parseInt(w) <= MAX_CHILD_JVMS).toList();
            add(runs, "oversubscribed-processes", processModels, cappedOver, "scalar", "strong", step.maxCores());
            List<String> localJvms = StepContext.where(StepContext.where(step.models(), Trait.REMOTE, false), Trait.JVM_PER_WORKER, true);
            if (cappedOver.size() < over.size() && !localJvms.isEmpty()) {
                skips.accept(new SweepPlan.Skip(name(), String.join(", ", localJvms), "oversubscription above "
                        + MAX_CHILD_JVMS + " child JVMs not run"));
            }
        }
        return runs;
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
