package corebench.bench;

import corebench.model.ConcurrencyModel;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Need;
import java.util.List;
import corebench.worker.ParentWatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parameters every corebench benchmark shares: which model, how many workers, and on how many
 * CPUs the sweep restricted this JVM to. Subclasses add the workload; the model is created before
 * measuring and closed after, so start-up cost stays out of the score (except in the start-up workload).
 *
 * <p>The annotations are the default plan's settings ({@code SweepPipeline.DEFAULT}: 1 fork, 3 × 400 ms
 * warm-up, 5 × 400 ms measured, a test keeps them equal), so that a plain {@code java -jar
 * target/benchmarks.jar} run measures the same way; the sweep passes its plan's settings and every
 * parameter explicitly, and confines each step: {@code taskset -c 0-1} around the JMH JVM,
 * {@code -XX:ActiveProcessorCount=2} in its forks and {@code -p cores=2}, which the benchmark checks.
 * The {@code model} list is every built-in model, for a hand run; the sweep picks them per workload.
 *
 * <p>By hand, like the sweep's 2-core step:
 * <pre>{@code
 * taskset -c 0-1 java -jar target/benchmarks.jar MonteCarloBench.pi -p model=virtual -p workers=2 -p cores=2 \
 *     -jvmArgsPrepend -XX:ActiveProcessorCount=2 -foe true
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public abstract class ModelBench {

    /** The concurrency model, by its result name (see {@link Models}). */
    @Param({"sequential", "platform-pool", "thread-per-task", "virtual", "forkjoin", "parallel-stream",
            "process-pool", "process-per-task", "cluster"})
    public String model;

    /** The model's parallelism: threads, virtual-thread concurrency or child JVMs. */
    @Param({"1"})
    public int workers;

    /**
     * The CPUs the sweep restricted this JVM to (0: not restricted). Checked against what the JVM sees,
     * so a result never claims a core count it did not run on.
     */
    @Param({"0"})
    public int cores;

    protected ConcurrencyModel concurrency;

    @Setup(Level.Trial)
    public void createModel() {
        // a fork whose JMH JVM died must not go on measuring (and holding child JVMs) on its own
        ParentWatch.start();
        checkCores(cores);
        if (usesTrialModel()) {
            concurrency = modelType().create(workers);
        }
    }

    /** Throws unless this JVM sees {@code cores} processors (0: not restricted, nothing to check). */
    static void checkCores(int cores) {
        int seen = Runtime.getRuntime().availableProcessors();
        if (cores != 0 && cores != seen) {
            throw new IllegalStateException("cores=" + cores + " but this JVM sees " + seen
                    + " processors: the CPU restriction did not take effect");
        }
    }

    /**
     * Every benchmark records its CPU time beside its wall time: asking JMH for the {@link CpuTime} state
     * here is what attaches its counters to every benchmark of every subclass; it needs nothing else.
     */
    @Setup(Level.Trial)
    public void recordCpuTime(CpuTime cpu) {
        // the state's own iteration set-up and tear-down do the measuring
    }

    /**
     * Whether operations run on a model created once per trial; the start-up workload's cold starts create
     * their own and say no, so no idle model competes with them.
     */
    protected boolean usesTrialModel() {
        return true;
    }

    /** The model this benchmark runs, by its name. */
    protected ModelType modelType() {
        return Models.byId(model);
    }

    /**
     * Refuses, with the reason, a combination whose needs this model does not meet ({@link Fit}: the sweep
     * never schedules it and records the reason instead); stops a hand-made JMH run from measuring
     * something absurd.
     */
    protected void refuseUnless(List<Need> needs) {
        Fit.whyNot(modelType(), needs).ifPresent(reason -> {
            throw new IllegalArgumentException("not run: " + model + ": " + reason);
        });
    }

    @TearDown(Level.Trial)
    public void closeModel() {
        if (concurrency != null) {
            concurrency.close();
        }
    }
}
