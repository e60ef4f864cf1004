package corebench.bench;

import corebench.workload.ClockChain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The clock probe of a core-count step: {@code workers} platform threads (one per CPU of the step, all
 * at once) each run a dependent chain of {@code multiplies} integer multiplies ({@link ClockChain}); one
 * operation ends when the last thread is done. Effective GHz per core = multiplies ×
 * {@code cyclesPerMultiply} / (score in s) / 1e9: with all k CPUs busy, the all-core clock of the step,
 * so that a turbo drop at high core counts is not blamed on a concurrency model. Results carry
 * {@code model=platform-pool} (its only value) like {@link BandwidthBench}; every thread's product is
 * checked against {@link ClockChain#expected}.
 *
 * <p>The annotations are the default plan's settings; the sweep passes its plan's settings and parameters
 * explicitly, one run per step with {@code workers = cores}, confined with {@code taskset}.
 *
 * <p>By hand (a JDK 21+ {@code java}; under {@code taskset -c 0-3} for the clock of 4 CPUs):
 * <pre>{@code
 * java -jar target/benchmarks.jar ClockBench.chains -p workers=4 -foe true
 * }</pre>
 */
public class ClockBench extends ProbeBench {

    /** The model whose threads these are: its only value. */
    public static final String MODEL = "platform-pool";

    /** How the probe runs its threads: always {@link #MODEL} (see the class comment). */
    @Param({MODEL})
    public String model;

    /** Threads running a chain at once: the step's CPUs. */
    @Param({"1"})
    public int workers;

    /** Multiplies per thread per operation: 2^25, ~34 ms at 3 GHz. */
    @Param({"33554432"})
    public long multiplies;

    /** Recorded so the reporter reads the conversion from the results, not from this code. */
    @Param({"" + ClockChain.CYCLES_PER_MULTIPLY})
    public int cyclesPerMultiply;

    private ExecutorService threads;
    private long expected;

    @Setup(Level.Trial)
    public void start() {
        ModelBench.checkCores(cores);
        if (cyclesPerMultiply != ClockChain.CYCLES_PER_MULTIPLY) {
            throw new IllegalArgumentException("cyclesPerMultiply is the kernel's constant "
                    + ClockChain.CYCLES_PER_MULTIPLY + ", not a parameter to change");
        }
        threads = Executors.newFixedThreadPool(workers);
        expected = ClockChain.expected(1, multiplies);
    }

    @Benchmark
    public long chains(Work.Multiplies work) throws InterruptedException, ExecutionException {
        work.multipliesPerOp = (double) multiplies * workers;
        List<Future<Long>> running = new ArrayList<>(workers);
        for (int t = 0; t < workers; t++) {
            running.add(threads.submit(() -> ClockChain.chain(1, multiplies)));
        }
        long sum = 0;
        for (Future<Long> f : running) {
            long product = f.get();
            if (product != expected) {
                throw new IllegalStateException("a clock chain computed " + product + ", expected " + expected);
            }
            sum += product;
        }
        return sum;
    }

    @TearDown(Level.Trial)
    public void stop() {
        threads.shutdownNow();
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.ClockBench.chains";

    /**
     * The clock probe once per core-count step, with as many threads as the step has CPUs: the effective GHz of each
     * step, so that the report can show a clock-normalised speedup. One short benchmark per step whatever the models.
     */
    public static final Workload WORKLOAD = new Workload("clock", "clock probe: a dependent integer-multiply chain on "
            + "every CPU of the step at once (effective GHz per step)",
            step -> List.of(step.run("", BENCHMARK).models(List.of(MODEL)).with("workers", step.workers())));
}
