package corebench.sweep;

import corebench.model.ModelKind;
import corebench.bench.Fit;
import corebench.model.Models;
import corebench.workload.GridWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The shared grid in the sweep, with the bandwidth probe it is judged against:
 * <ul>
 *   <li>{@code jacobi} (memory-bound) at 512² (in cache) and 4096² (main memory), one band per worker,
 *       plus four bands per worker at 4096² on the top step for load balance;</li>
 *   <li>{@code inplace} (compute-bound) at 2048², one band per worker;</li>
 *   <li>the STREAM-style probe ({@code copy}, {@code scale}, {@code add}, {@code triad}) at Jacobi's sizes
 *       with workers = cores, at every core count.</li>
 * </ul>
 * The short plan runs Jacobi and the probe's copy at 4096² only. {@code sequential} runs at one core
 * only. Models that fail the grid's {@linkplain GridWorkload#needs needs} do not run it and are recorded
 * with the reason: no shared memory ({@code cluster}), a JVM per submission for Jacobi
 * ({@code process-per-task}: a JVM per band per sweep).
 */
final class GridPlan extends WorkloadPlan {
    static final String GRID = "corebench.bench.GridBench.run";
    static final String PROBE = "corebench.bench.BandwidthBench.stream";

    GridPlan() {
        super("grid", "shared grid in memory-mapped shared memory: Jacobi stencil (memory-bound) and in-place updates "
                + "(compute-bound) in row bands, with a STREAM-style bandwidth probe");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        for (String model : step.models()) {
            for (GridWorkload.Kind kind : GridWorkload.Kind.values()) {
                Fit.whyNot(Models.byId(model), GridWorkload.needs(kind))
                        .ifPresent(reason -> skips.accept(new SweepPlan.Skip(name(), model, reason)));
            }
        }
        List<String> models = running(step.scalingModels(), GridWorkload.Kind.INPLACE);
        List<String> jacobiModels = running(step.scalingModels(), GridWorkload.Kind.JACOBI);
        List<JmhRun> runs = new ArrayList<>();
        if (step.quick()) {
            add(runs, step, "jacobi", jacobiModels, "jacobi", List.of("4096"), "1");
            runs.add(probe(step, List.of("copy"), List.of("4096")));
            return runs;
        }
        for (String size : List.of("512", "4096")) {
            add(runs, step, "jacobi-" + size, jacobiModels, "jacobi", List.of(size), "1");
        }
        if (step.top() && step.cores() > 1) {
            add(runs, step, "jacobi-balance", jacobiModels, "jacobi", List.of("4096"), "4");
        }
        add(runs, step, "inplace", models, "inplace", List.of("2048"), "1");
        runs.add(probe(step, List.of("copy", "scale", "add", "triad"), List.of("512", "4096")));
        return runs;
    }

    private static List<String> running(List<String> models, GridWorkload.Kind kind) {
        return StepContext.where(models, m -> Fit.runs(m, GridWorkload.needs(kind)));
    }

    private void add(List<JmhRun> runs, StepContext step, String suffix, List<String> models, String kernel,
                     List<String> sizes, String bandsPerWorker) {
        if (models.isEmpty()) {
            return;
        }
        JmhRun run = new JmhRun(name() + "-" + suffix, name(), GRID, Map.of())
                .with("model", models).with("workers", List.of(String.valueOf(step.cores())))
                .with("kernel", List.of(kernel)).with("size", sizes).with("bandsPerWorker", List.of(bandsPerWorker));
        // Jacobi in main memory is strong scaling: its sweeps per operation grow with the machine. At 512² (in cache)
        // a band of a many-core step is a few rows, whatever the sweeps: more of them would only cost time.
        // (On machines of up to 3 CPUs the sizes are the 2-CPU ones: steps stays 0, the size's default.)
        if (kernel.equals("jacobi") && sizes.size() == 1 && !sizes.get(0).equals("512") && ScaledSizes.factor(step.maxCores()) > 1) {
            run = run.with("steps", List.of(String.valueOf(ScaledSizes.jacobiSteps(Integer.parseInt(sizes.get(0)), step.maxCores()))));
        }
        runs.add(run);
    }

    private JmhRun probe(StepContext step, List<String> kernels, List<String> sizes) {
        return new JmhRun(name() + "-bandwidth", name(), PROBE, Map.of())
                .with("model", ModelKind.ids(ModelKind.PLATFORM_POOL)).with("workers", List.of(String.valueOf(step.cores())))
                .with("kernel", kernels).with("size", sizes);
    }
}
