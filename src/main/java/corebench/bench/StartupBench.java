package corebench.bench;

import corebench.model.ConcurrencyModel;
import corebench.workload.Startup;
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
}
