package corebench.bench;

import corebench.workload.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
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
 * The machine's memory bandwidth as plain Java reaches it, STREAM-style, so that grid throughput can be
 * stated as a fraction of it: {@code copy} ({@code c[i] = a[i]}, 16 bytes per element) and
 * {@code triad} ({@code a[i] = b[i] + s·c[i]}, 24 bytes per element) over heap arrays of
 * {@code size²} doubles, the grid sizes of {@link GridBench}.
 *
 * <p>The threads are a fixed pool of {@code workers} platform threads, created before measuring (so
 * results carry {@code model=platform-pool}, its only value); each owns one contiguous slice of the
 * arrays and passes over it {@link #passes(int)} times per operation with no barrier in between (the
 * slices are disjoint), so the score is memory time plus one hand-off per thread. The loops are plain
 * array loops that the JIT vectorises, not tasks of a {@link corebench.model.ConcurrencyModel}: this is
 * the machine's ceiling, not a model's result. <b>One operation</b> moves {@link #bytesPerOp(String, int)} bytes (STREAM's convention:
 * write-allocate reads of the destination are not counted); GB/s = bytesPerOp / (score in s) / 1e9.
 *
 * <p>After every iteration each destination element must hold exactly the kernel's result (the
 * destination is cleared before each iteration, so a skipped pass cannot go unnoticed).
 *
 * <p>The annotations are the default plan's settings (1 fork, 3 × 400 ms warm-up, 5 × 400 ms measured);
 * the sweep passes its plan's settings and parameters explicitly.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar BandwidthBench.stream -p kernel=copy -p size=4096 -p workers=2 -foe true
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
public class BandwidthBench {
    private static final double SCALAR = 3.0;

    /** {@code copy} or {@code triad}. */
    @Param({"copy", "triad"})
    public String kernel;

    /** How the probe runs its threads: always {@code platform-pool} (see the class comment). */
    @Param({"platform-pool"})
    public String model;

    /** Elements per array: {@code size²}, as in the grid benchmark. */
    @Param({"512", "2048", "4096"})
    public int size;

    /** Threads sharing the arrays. */
    @Param({"1"})
    public int workers;

    /** The CPUs the sweep restricted this JVM to (0: not restricted); checked like every benchmark's. */
    @Param({"0"})
    public int cores;

    private double[] a;
    private double[] b;
    private double[] c;
    private boolean triad;
    private int passes;
    private long bytes;
    private ExecutorService pool;

    /** Passes over the arrays per operation: about 2^24 elements, so 16–400 MiB of traffic. */
    public static int passes(int size) {
        return (int) Math.max(1, (1L << 24) / ((long) size * size));
    }

    /** Bytes one operation moves for this kernel and size. */
    public static long bytesPerOp(String kernel, int size) {
        long perElement = switch (kernel) {
            case "copy" -> 16;
            case "triad" -> 24;
            default -> throw new IllegalArgumentException("kernel must be copy or triad, was " + kernel);
        };
        return perElement * size * size * passes(size);
    }

    @Setup(Level.Trial)
    public void allocate() {
        ModelBench.checkCores(cores);
        bytes = bytesPerOp(kernel, size); // also validates the kernel name
        if (!"platform-pool".equals(model)) {
            throw new IllegalArgumentException("the bandwidth probe runs on platform-pool threads only, not " + model);
        }
        if (workers < 1 || size < 1) {
            throw new IllegalArgumentException("workers and size must be positive, were " + workers + ", " + size);
        }
        triad = kernel.equals("triad");
        passes = passes(size);
        int n = Math.multiplyExact(size, size);
        a = new double[n];
        b = new double[n];
        c = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = (SplitMix64.mix(i) >>> 11) * 0x1.0p-53;
            b[i] = (SplitMix64.mix(-i) >>> 11) * 0x1.0p-53;
            c[i] = (SplitMix64.mix(i + SplitMix64.GAMMA) >>> 11) * 0x1.0p-53;
        }
        pool = Executors.newFixedThreadPool(workers);
    }

    @Setup(Level.Iteration)
    public void clearDestination() {
        Arrays.fill(triad ? a : c, 0.0);
    }

    @Benchmark
    public void stream(Work.Bytes work) throws InterruptedException, ExecutionException {
        work.bytesPerOp = bytes;
        int n = a.length;
        List<Future<?>> slices = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int from = (int) ((long) n * w / workers);
            int to = (int) ((long) n * (w + 1) / workers);
            slices.add(pool.submit(() -> pass(from, to)));
        }
        for (Future<?> f : slices) {
            f.get();
        }
    }

    private void pass(int from, int to) {
        double[] a = this.a;
        double[] b = this.b;
        double[] c = this.c;
        for (int p = 0; p < passes; p++) {
            if (triad) {
                for (int i = from; i < to; i++) {
                    a[i] = b[i] + SCALAR * c[i];
                }
            } else {
                for (int i = from; i < to; i++) {
                    c[i] = a[i];
                }
            }
        }
    }

    @TearDown(Level.Iteration)
    public void check() {
        for (int i = 0; i < a.length; i++) {
            double expected = triad ? b[i] + SCALAR * c[i] : a[i];
            double actual = triad ? a[i] : c[i];
            if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
                throw new IllegalStateException(kernel + " with " + workers + " threads left element " + i + " = "
                        + actual + ", expected " + expected);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stopThreads() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
