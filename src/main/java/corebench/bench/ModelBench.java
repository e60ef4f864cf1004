package corebench.bench;

import corebench.model.ConcurrencyModel;
import corebench.model.ModelKind;
import corebench.worker.ParentWatch;
import java.util.Optional;
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
 * <p>The annotations' defaults are corebench's default sweep settings, so that a plain
 * {@code java -jar target/benchmarks.jar} run measures the same way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class ModelBench {

    /** The concurrency model, by its result name (see {@link ModelKind}). */
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
            concurrency = ModelKind.byId(model).create(workers);
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

    /**
     * Refuses, with the reason, a combination the workload's rule says is not run (the sweep never schedules
     * it and records the reason instead); stops a hand-made JMH run from measuring something absurd.
     */
    protected static void refuse(Optional<String> limitation) {
        limitation.ifPresent(reason -> {
            throw new IllegalArgumentException("not run: " + reason);
        });
    }

    @TearDown(Level.Trial)
    public void closeModel() {
        if (concurrency != null) {
            concurrency.close();
        }
    }
}
