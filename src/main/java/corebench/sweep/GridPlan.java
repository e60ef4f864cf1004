package corebench.sweep;

import corebench.bench.Fit;
import corebench.model.Models;
import corebench.workload.grid.GridWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shared grid in the sweep, with the bandwidth probe it is judged against:
 * <ul>
 *   <li>{@code jacobi} (memory-bound) at 512² (in cache) and 4096² (main memory), one band per worker,
 *       plus four bands per worker at 4096² on the top step for load balance;</li>
 *   <li>{@code inplace} (compute-bound) at 2048², one band per worker;</li>
 *   <li>the STREAM-style probe ({@code copy}, {@code triad}) at the same sizes with workers = cores.</li>
 * </ul>
 * The short plan runs Jacobi and the probe's copy at 4096² only. {@code sequential} runs at one core
 * only. Models that fail the grid's {@linkplain GridWorkload#needs needs} do not run it and are recorded
 * with the reason: no shared memory ({@code cluster}), a JVM per submission for Jacobi
 * ({@code process-per-task}: a JVM per band per sweep).
 */
final class GridPlan implements WorkloadPlan {
    static final String GRID = "corebench.bench.GridBench.run";
    static final String PROBE = "corebench.bench.BandwidthBench.stream";

    @Override
    public String name() {
        return "grid";
    }

    @Override
    public String description() {
        return "shared grid in memory-mapped shared memory: Jacobi stencil (memory-bound) and in-place updates "
                + "(compute-bound) in row bands, with a STREAM-style bandwidth probe";
    }

    @Override
    public List<JmhRun> runs(StepContext step) {
        List<String> models = running(step.scalingModels(), GridWorkload.Kind.INPLACE);
        List<String> jacobiModels = running(step.scalingModels(), GridWorkload.Kind.JACOBI);
        List<JmhRun> runs = new ArrayList<>();
        if (step.quick()) {
            add(runs, step, "jacobi", jacobiModels, "jacobi", List.of("4096"), "1");
            runs.add(probe(step, List.of("copy"), List.of("4096")));
            return runs;
        }
        add(runs, step, "jacobi", jacobiModels, "jacobi", List.of("512", "4096"), "1");
        if (step.top() && step.cores() > 1) {
            add(runs, step, "jacobi-balance", jacobiModels, "jacobi", List.of("4096"), "4");
        }
        add(runs, step, "inplace", models, "inplace", List.of("2048"), "1");
        runs.add(probe(step, List.of("copy", "triad"), List.of("512", "4096")));
        return runs;
    }

    @Override
    public List<SweepPlan.Skip> skipped(StepContext step) {
        List<SweepPlan.Skip> skips = new ArrayList<>();
        for (String model : step.models()) {
            for (GridWorkload.Kind kind : GridWorkload.Kind.values()) {
                Fit.whyNot(Models.byId(model), GridWorkload.needs(kind)).map(reason -> new SweepPlan.Skip(name(), model, reason))
                        .filter(skip -> !skips.contains(skip)).ifPresent(skips::add);
            }
        }
        return skips;
    }

    private static List<String> running(List<String> models, GridWorkload.Kind kind) {
        return StepContext.where(models, m -> Fit.runs(m, GridWorkload.needs(kind)));
    }

    private void add(List<JmhRun> runs, StepContext step, String suffix, List<String> models, String kernel,
                     List<String> sizes, String bandsPerWorker) {
        if (models.isEmpty()) {
            return;
        }
        runs.add(new JmhRun(name() + "-" + suffix, name(), GRID, Map.of())
                .with("model", models).with("workers", List.of(String.valueOf(step.cores())))
                .with("kernel", List.of(kernel)).with("size", sizes).with("bandsPerWorker", List.of(bandsPerWorker)));
    }

    private JmhRun probe(StepContext step, List<String> kernels, List<String> sizes) {
        return new JmhRun(name() + "-bandwidth", name(), PROBE, Map.of())
                .with("model", List.of("platform-pool")).with("workers", List.of(String.valueOf(step.cores())))
                .with("kernel", kernels).with("size", sizes);
    }
}
