package corebench.bench;

import corebench.worker.ParentWatch;
import corebench.workload.StreamKernel;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The machine's memory bandwidth as plain Java reaches it, STREAM-style, so that grid throughput can be
 * stated as a fraction of it: the {@linkplain StreamKernel STREAM kernels} {@code copy}, {@code scale},
 * {@code add} and {@code triad} over three arrays of {@code size²} doubles in all, the grid sizes of
 * {@link GridBench}.
 *
 * <p>{@code workers} platform threads ({@link StreamTeam}; results carry {@code model=platform-pool}, its
 * only value) each own one contiguous slice, allocated and filled by that thread before measuring, so no
 * page is first touched inside a measurement; one operation is {@link #passes(int)} passes of every
 * thread over its own slice, released and joined by a barrier. Nothing is cleared between operations.
 * The loops are plain array loops that the JIT vectorises, not tasks of a
 * {@link corebench.model.ConcurrencyModel}: this is the machine's ceiling, not a model's result.
 * <b>One operation</b> moves {@link #bytesPerOp(String, int)} bytes by STREAM's convention (write-allocate
 * reads not counted; the grid counts Jacobi the same way); GB/s = bytesPerOp / (score in s) / 1e9.
 *
 * <p>Checked: before every iteration one destination element per 32 KiB block is spoilt (NaN), and after
 * it every element must hold exactly the kernel's result, so a skipped block cannot go unnoticed.
 *
 * <p>The annotations are the default plan's settings (1 fork, 3 × 400 ms warm-up, 5 × 400 ms measured);
 * the sweep passes its plan's settings and parameters explicitly.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar BandwidthBench.stream -p kernel=copy -p size=4096 -p workers=2 -foe true
 * }</pre>
 */
public class BandwidthBench extends ProbeBench {

    /** The model whose threads run the probe: its only value. */
    public static final String MODEL = "platform-pool";

    /** {@code copy}, {@code scale}, {@code add} or {@code triad}. */
    @Param({"copy", "scale", "add", "triad"})
    public String kernel;

    /** How the probe runs its threads: always {@code platform-pool} (see the class comment). */
    @Param({MODEL})
    public String model;

    /** Elements per array: {@code size²}, as in the grid benchmark. */
    @Param({"512", "2048", "4096"})
    public int size;

    /** Threads, each on its own slice. */
    @Param({"1"})
    public int workers;

    private StreamTeam team;
    private long bytes;

    /** Passes over the arrays per operation: about 2^24 elements, so 32-400 MiB of traffic. */
    public static int passes(int size) {
        return (int) Math.max(1, (1L << 24) / ((long) size * size));
    }

    /** Bytes one operation moves for this kernel and size, by STREAM's convention. */
    public static long bytesPerOp(String kernel, int size) {
        return (long) StreamKernel.byName(kernel).bytesPerElement() * size * size * passes(size);
    }

    @Setup(Level.Trial)
    public void allocate() {
        ParentWatch.start(); // as in ModelBench: a fork never outlives its JMH JVM
        ModelBench.checkCores(cores);
        StreamKernel k = StreamKernel.byName(kernel);
        bytes = bytesPerOp(kernel, size);
        if (!MODEL.equals(model)) {
            throw new IllegalArgumentException("the bandwidth probe runs on platform-pool threads only, not " + model);
        }
        if (workers < 1 || size < 1) {
            throw new IllegalArgumentException("workers and size must be positive, were " + workers + ", " + size);
        }
        team = new StreamTeam(k, (long) size * size, workers, passes(size));
    }

    @Setup(Level.Iteration)
    public void spoil() {
        team.spoil();
    }

    @Benchmark
    public void stream(Work.Bytes work) {
        work.bytesPerOp = bytes;
        team.stream();
    }

    @TearDown(Level.Iteration)
    public void check() {
        String wrong = team.firstWrong();
        if (wrong != null) {
            throw new IllegalStateException(kernel + " with " + workers + " threads left " + wrong + " wrong");
        }
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
        if (team != null) {
            team.close();
        }
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.BandwidthBench.stream";

    /** The probe at a step of the grid's plan, with workers = cores. */
    static RunStep.Run probe(RunStep step, List<String> kernels, List<String> sizes) {
        return step.run("bandwidth", BENCHMARK).models(List.of(MODEL))
                .with("workers", step.workers()).with("kernel", kernels).with("size", sizes);
    }
}
