package corebench.bench;

import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import corebench.workload.Task;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Monte Carlo pi, CPU-bound and embarrassingly parallel: one operation estimates pi once.
 * Strong scaling keeps the total samples fixed; weak scaling gives every worker {@code samples}.
 * Every operation's hit count must equal the sequential reference exactly, and the reference must lie
 * within 6 standard errors of pi.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar MonteCarloBench.pi -p model=forkjoin -p workers=2 -p kernel=scalar,simd -foe true
 * }</pre>
 */
public class MonteCarloBench extends SamplingBench {

    /** {@code scalar} or {@code simd} (Vector API); both compute the same hits. */
    @Param({"scalar", "simd"})
    public String kernel;

    /** {@code strong}: {@code samples} in total; {@code weak}: {@code samples} per worker. */
    @Param({"strong"})
    public String scaling;

    /** Samples per operation (strong) or per worker (weak). */
    @Param({"16777216"})
    public long samples;

    /** The root seed: same seed, same answer, whatever the model. */
    @Param({"20261121"})
    public long seed;

    private List<Task> tasks;
    private long total;
    private long expectedHits;

    @Setup(Level.Trial)
    public void prepareTasks() {
        total = switch (scaling) {
            case "strong" -> samples;
            case "weak" -> samples * workers;
            default -> throw new IllegalArgumentException("scaling must be strong or weak, was " + scaling);
        };
        Kernel k = switch (kernel) {
            case "scalar" -> Kernel.MONTE_CARLO_SCALAR;
            case "simd" -> Kernel.MONTE_CARLO_SIMD;
            default -> throw new IllegalArgumentException("kernel must be scalar or simd, was " + kernel);
        };
        refuseUnless(MonteCarlo.needs(k));
        tasks = MonteCarlo.tasks(k, seed, total);
        // The reference runs the tasks on the step's CPUs through a plain parallel stream, no model: with samples
        // scaled to the machine (2^31 at 256 CPUs) one thread would spend seconds per fork on it. The kernel's
        // first chunks are checked against the scalar kernel, so simd is checked against scalar too.
        expectedHits = tasks.parallelStream().mapToLong(Task::run).sum();
        List<Task> scalar = MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, seed, total);
        for (int i = 0; i < Math.min(64, tasks.size()); i++) {
            if (tasks.get(i).run() != scalar.get(i).run()) {
                throw new IllegalStateException(kernel + " chunk " + i + " differs from the scalar kernel's");
            }
        }
        MonteCarlo.checkPi(expectedHits, total, 6);
    }

    @Benchmark
    public long pi(Work.Samples work) {
        work.samplesPerOp = total;
        long hits = sum(concurrency.run(tasks));
        if (hits != expectedHits) {
            throw new IllegalStateException(model + " with " + workers + " workers counted " + hits
                    + " hits, the sequential reference " + expectedHits);
        }
        return hits;
    }

    static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.MonteCarloBench.pi";
    /** Child JVMs per oversubscribed step are capped: hundreds of JVMs measure memory, not scheduling. */
    public static final int MAX_CHILD_JVMS = 128;

    /**
     * Monte Carlo pi in the sweep: strong scaling with both kernels at every core count (samples grow with the
     * machine, {@link ScaledSizes}), weak scaling with the scalar kernel, and oversubscription (2× and 4× workers per
     * core) at the top core count, threads and local JVMs apart, the JVMs capped at {@value #MAX_CHILD_JVMS}. A model
     * failing the SIMD kernel's {@linkplain MonteCarlo#needs needs} runs the scalar kernel only. Remote models run
     * strong scaling with the scalar kernel only: each JMH fork starts their member JVMs.
     */
    public static final Workload WORKLOAD = new Workload("montecarlo", "Monte Carlo pi: CPU-bound, embarrassingly parallel "
            + "(scalar and SIMD kernels, strong and weak scaling)", MonteCarloBench::runs, params -> true, new Cost());

    /** Scalar Monte Carlo per sample per core (reference run 2.30-2.51 ns). */
    public static final double SCALAR_SECONDS_PER_SAMPLE = 2.4e-9;
    /** SIMD Monte Carlo per sample per core (reference run 0.36-0.40 ns). */
    static final double SIMD_SECONDS_PER_SAMPLE = 0.38e-9;

    /** An operation draws its samples; a fork's set-up draws them once more, on the step's CPUs, for the reference hits. */
    private static final class Cost implements OperationCost {
        @Override
        public double workSeconds(Map<String, String> params, int workers) {
            double samples = Double.parseDouble(params.getOrDefault("samples", String.valueOf(ScaledSizes.BASE_SAMPLES)))
                    * ("weak".equals(params.get("scaling")) ? workers : 1);
            return samples * ("simd".equals(params.get("kernel")) ? SIMD_SECONDS_PER_SAMPLE : SCALAR_SECONDS_PER_SAMPLE);
        }

        @Override
        public double setupSeconds(Map<String, String> params, int workers, int cores) {
            return workSeconds(params, workers) / cores;
        }
    }

    private static List<RunStep.Run> runs(RunStep step) {
        if (!step.quick()) {
            step.skipUnfit(step.models(), "", MonteCarlo.needs(Kernel.MONTE_CARLO_SIMD));
        }
        for (String remote : RunStep.where(step.models(), Trait.REMOTE, true)) {
            step.skip(remote, (step.quick() ? "run at the top core count only; "
                    : "simd kernel and weak scaling not run; ") + "no oversubscription: every JMH fork starts its "
                    + "member JVMs (~7 s for two on 2 cores), so the sweep keeps a remote model to strong scaling with the "
                    + "scalar kernel, one benchmark per core count");
        }
        List<String> models = step.quick() && !step.top() ? RunStep.where(step.scalingModels(), Trait.REMOTE, false)
                : step.scalingModels();
        List<String> weakModels = RunStep.where(models, Trait.REMOTE, false);
        List<String> simdModels = RunStep.fitting(weakModels, MonteCarlo.needs(Kernel.MONTE_CARLO_SIMD));
        List<RunStep.Run> runs = new ArrayList<>();
        add(runs, step, "strong-scalar", models, step.workers(), "scalar", "strong");
        if (!step.quick()) {
            add(runs, step, "strong-simd", simdModels, step.workers(), "simd", "strong");
            add(runs, step, "weak-scalar", weakModels, step.workers(), "scalar", "weak");
        }
        if (step.top() && step.cores() > 1) {
            // the quick plan keeps one oversubscription point: 2× shows the trend, 4× doubles its cost
            List<String> over = step.quick() ? List.of(String.valueOf(2 * step.cores()))
                    : List.of(String.valueOf(2 * step.cores()), String.valueOf(4 * step.cores()));
            List<String> local = RunStep.where(RunStep.where(step.models(), Trait.SERIAL, false), Trait.REMOTE, false);
            add(runs, step, "oversubscribed-threads", RunStep.where(local, Trait.JVM_PER_WORKER, false), over, "scalar", "strong");
            List<String> cappedOver = over.stream().filter(w -> Integer.parseInt(w) <= MAX_CHILD_JVMS).toList();
            add(runs, step, "oversubscribed-processes", RunStep.where(local, Trait.JVM_PER_WORKER, true), cappedOver, "scalar",
                    "strong");
            List<String> localJvms = RunStep.where(RunStep.where(step.models(), Trait.REMOTE, false), Trait.JVM_PER_WORKER, true);
            if (cappedOver.size() < over.size() && !localJvms.isEmpty()) {
                step.skip(String.join(", ", localJvms), "oversubscription above " + MAX_CHILD_JVMS + " child JVMs not run");
            }
        }
        return runs;
    }

    /** Strong scaling gets {@link ScaledSizes#monteCarloSamples}; weak scaling keeps 2^24 samples per worker. */
    private static void add(List<RunStep.Run> runs, RunStep step, String suffix, List<String> models, List<String> workers,
                            String kernel, String scaling) {
        if (models.isEmpty() || workers.isEmpty()) {
            return;
        }
        long samples = scaling.equals("strong") ? ScaledSizes.monteCarloSamples(kernel, step.maxCores()) : ScaledSizes.BASE_SAMPLES;
        runs.add(step.run(suffix, BENCHMARK).models(models).with("workers", workers)
                .with("kernel", List.of(kernel)).with("scaling", List.of(scaling))
                .with("samples", List.of(String.valueOf(samples))));
    }
}
