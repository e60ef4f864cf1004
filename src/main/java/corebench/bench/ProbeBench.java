package corebench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the machine probes share (the bandwidth, clock and pipe baselines, which measure the machine rather
 * than a concurrency model): the default plan's settings as annotations (JMH's are inherited, and a test
 * keeps them equal to {@code SweepPipeline.DEFAULT}) and the {@code cores} parameter the sweep confines them
 * with. No model is created: each probe runs its own threads or child, and its {@code model} parameter only
 * names what it stands beside in the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public abstract class ProbeBench {

    /** The CPUs the sweep restricted this JVM to (0: not restricted); checked like every benchmark's. */
    @Param({"0"})
    public int cores;
}
