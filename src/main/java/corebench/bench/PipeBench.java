package corebench.bench;

import corebench.worker.PipeRoundTrip;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline of the process models' hand-off cost: a pipelined round trip of 8-byte frames between
 * this JVM and one child JVM ({@link PipeRoundTrip}). One operation sends {@code frames} frames with at
 * most {@code window} in flight (the process pool's own bound per worker) and checks every echo; the time
 * per frame is the score divided by {@code frames}, to be set beside the process pool's time per task at
 * chunk size 1 in the granularity workload.
 *
 * <p>Results carry {@code model=process-pool} (its only value: this is the pipe that model is built on,
 * not a model) and {@code workers=1} (one child).
 *
 * <p>The annotations are the default plan's settings; the sweep passes its plan's settings explicitly.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar PipeBench.roundTrips -p window=1,16 -foe true
 * }</pre>
 */
public class PipeBench extends ProbeBench {

    /** The model whose pipe this is: its only value. */
    public static final String MODEL = "process-pool";

    /** What the pipe carries for: always {@link #MODEL} (see the class comment). */
    @Param({MODEL})
    public String model;

    /** Child JVMs: always 1. */
    @Param({"1"})
    public int workers;

    /** Frames per operation, as many as the granularity workload's tasks. */
    @Param({"10000"})
    public int frames;

    /** Frames in flight at most. */
    @Param({"16"})
    public int window;

    private PipeRoundTrip pipe;

    @Setup(Level.Trial)
    public void startChild() throws IOException {
        ModelBench.checkCores(cores);
        if (!MODEL.equals(model) || workers != 1) {
            throw new IllegalArgumentException("the pipe baseline is one child of model process-pool, not "
                    + workers + " of " + model);
        }
        pipe = PipeRoundTrip.start();
    }

    /** CPU time beside wall time, as every corebench benchmark records it (see {@link ModelBench#recordCpuTime}). */
    @Setup(Level.Trial)
    public void recordCpuTime(CpuTime cpu) {
        // the state's own iteration set-up and tear-down do the measuring
    }

    /** Records each frame's round trip as one task, the unit of the process pool's time per task beside it. */
    @Benchmark
    public void roundTrips(Work.Tasks work) throws IOException {
        work.tasksPerOp = frames;
        pipe.roundTrips(frames, window);
    }

    @TearDown(Level.Trial)
    public void stopChild() {
        if (pipe != null) {
            pipe.close();
        }
    }

    /** The benchmark the sweep runs, beside granularity ({@link GranularityBench#WORKLOAD}). */
    public static final String BENCHMARK = "corebench.bench.PipeBench.roundTrips";
}
