package corebench.bench;

import corebench.model.ConcurrencyModel;
import corebench.workload.Startup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up versus reuse (see {@link Startup}), one operation per iteration (single-shot): {@code cold}
 * creates a model with {@code workers} workers, runs one trivial task and closes it; {@code warm} runs the
 * same task on the model created for the trial. The CPU time of the cold starts' child JVMs counts too
 * (they are children of this JVM: see {@link CpuTime}).
 *
 * <p>The annotations give a hand run 5 warm-up and 20 measured single shots; the sweep overrides them with
 * its plan's iteration counts (default 3 + 5, quick 2 + 3), as it does every benchmark's settings.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar StartupBench.firstTask -p model=process-pool -p workers=2 -foe true
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 5)
@Measurement(iterations = 20)
public class StartupBench extends ModelBench {

    /** {@code cold}: create, run, close; {@code warm}: run on a running model. */
    @Param({"cold", "warm"})
    public String start;

    private long probes;

    @Override
    protected boolean usesTrialModel() {
        return !cold();
    }

    @Benchmark
    public long firstTask() {
        long value = ++probes;
        if (cold()) {
            try (ConcurrencyModel fresh = modelType().create(workers)) {
                Startup.probe(fresh, value);
            }
        } else {
            Startup.probe(concurrency, value);
        }
        return value;
    }

    private boolean cold() {
        return switch (start) {
            case "cold" -> true;
            case "warm" -> false;
            default -> throw new IllegalArgumentException("start must be cold or warm, was " + start);
        };
    }
}
