package corebench.bench;

import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import corebench.workload.Task;
import java.util.List;
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
}
