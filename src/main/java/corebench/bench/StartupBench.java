package corebench.bench;

import corebench.model.ConcurrencyModel;
import corebench.model.ModelKind;
import corebench.workload.Startup;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Start-up versus reuse (see {@link Startup}).
 * <ul>
 *   <li>{@link #cold}: single-shot, each shot {@code starts} cold starts in a row (create a model with
 *       {@code workers} workers, run one trivial task, close it). The score is the shot's time; the shot
 *       records {@code starts} tasks ({@link Work.Tasks}), so the time per start is the score divided by
 *       them. Many starts per shot because one start per shot (~0.3 ms for a thread pool) is lost in
 *       timer and scheduling noise with the few iterations of a sweep: its confidence interval was wider
 *       than the value.</li>
 *   <li>{@link #warm}: average time of one trivial task on the model created for the trial, over as
 *       many submissions as the iteration's time allows: the cost of reuse, one hand-off and back.</li>
 * </ul>
 * The CPU time of the cold starts' child JVMs counts too (they are children of this JVM: see
 * {@link CpuTime}).
 *
 * <p>The cold benchmark's annotations give a hand run 3 warm-up and 10 measured shots (warm has
 * {@link ModelBench}'s); the sweep overrides them with its plan's iteration counts (default 3 + 5, quick
 * 2 + 3), as it does every benchmark's settings.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar StartupBench.cold -p model=process-pool -p workers=2 -p starts=10 -foe true
 * }</pre>
 */
public class StartupBench extends ModelBench {

    /** Cold starts per single-shot measurement of {@link #cold} ({@link #warm} runs one task per operation). */
    @Param({"10"})
    public int starts;

    private long probes;

    /** The warm benchmark's model is created here, the cold one needs none: no idle model competes with it. */
    @Override
    protected boolean usesTrialModel() {
        return false;
    }

    @Setup(Level.Trial)
    public void createWarmModel(BenchmarkParams params) {
        prepare(params.getBenchmark());
    }

    /** Checks the parameters; creates the model if {@code benchmark} (JMH's full name) is the warm one. */
    void prepare(String benchmark) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be positive, was " + starts);
        }
        if (benchmark.endsWith(".warm")) {
            concurrency = modelType().create(workers);
        }
    }

    /** {@code starts} times: create the model, run one trivial task on it, close it. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public long cold(Work.Tasks work) {
        work.tasksPerOp = starts;
        for (int i = 0; i < starts; i++) {
            try (ConcurrencyModel fresh = modelType().create(workers)) {
                Startup.probe(fresh, ++probes);
            }
        }
        return probes;
    }

    /** One trivial task on the running model. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long warm(Work.Tasks work) {
        work.tasksPerOp = 1;
        long value = ++probes;
        Startup.probe(concurrency, value);
        return value;
    }

    /** The benchmark of the cold starts the sweep runs. */
    public static final String COLD = "corebench.bench.StartupBench.cold";
    /** The benchmark of the warm submissions the sweep runs. */
    public static final String WARM = "corebench.bench.StartupBench.warm";
    private static final List<String> QUICK_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.VIRTUAL,
            ModelKind.PROCESS_POOL);
    private static final List<String> DEFAULT_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.THREAD_PER_TASK,
            ModelKind.VIRTUAL, ModelKind.FORKJOIN, ModelKind.PROCESS_POOL, ModelKind.PROCESS_PER_TASK);
    private static final String JVM_STARTS = "10";
    private static final String THREAD_STARTS = "200";
    private static final double THREAD_START_SECONDS = 0.3e-3;

    /**
     * Start-up versus reuse in the sweep, at the top core count only (workers = cores): every model created, used for
     * one trivial task and closed ({@code cold}, several starts per shot: 10 for models that start JVMs, 200 for the
     * in-JVM ones, so that every shot is timed well) against the same task on a running model ({@code warm}). By
     * default {@code sequential} (nothing to start) and {@code parallel-stream} (the pool of {@code forkjoin}) are left
     * out, recorded; the quick plan runs platform-pool, virtual and process-pool.
     */
    public static final Workload WORKLOAD = new Workload("startup", "start-up vs reuse: create a model, run one trivial "
            + "task, close it, against the same task on a warm model", StartupBench::runs);

    private static List<RunStep.Run> runs(RunStep step) {
        List<String> models = step.pickAtTop(QUICK_MODELS, DEFAULT_MODELS);
        if (models.isEmpty()) {
            return List.of();
        }
        List<RunStep.Run> runs = new ArrayList<>();
        cold(runs, step, "threads", RunStep.where(models, Trait.JVM_PER_WORKER, false), THREAD_STARTS);
        cold(runs, step, "jvms", RunStep.where(models, Trait.JVM_PER_WORKER, true), JVM_STARTS);
        runs.add(step.run("warm", WARM).models(models).with("workers", step.workers()));
        return runs;
    }

    private static void cold(List<RunStep.Run> runs, RunStep step, String suffix, List<String> models, String starts) {
        if (!models.isEmpty()) {
            runs.add(step.run("cold-" + suffix, COLD).models(models).with("workers", step.workers())
                    .with("starts", List.of(starts)));
        }
    }

    /**
     * Whether a run is the cold starts of the in-JVM models: single shots of ~10-60 ms, so each round gives it more
     * shots than the plan's.
     */
    public static boolean shortShots(String benchmark, Map<String, List<String>> params) {
        return benchmark.equals(COLD) && params.getOrDefault("starts", List.of()).equals(List.of(THREAD_STARTS));
    }

    /** A short shot's estimated time: its starts at ~0.3 ms each (reference run: 0.06-0.29 ms per start). */
    public static double shortShotSeconds() {
        return Integer.parseInt(THREAD_STARTS) * THREAD_START_SECONDS;
    }
}
