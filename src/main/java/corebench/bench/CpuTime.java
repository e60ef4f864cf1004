package corebench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time a benchmark burns beside its wall time, per JMH iteration: user + system time of this
 * JVM (every thread: workers, JIT, GC, the harness) plus that of the model's child processes.
 * {@link ModelBench} attaches it to every corebench benchmark, so each result carries three secondary
 * metrics (JMH "events", unit {@code #}): {@code cpuMs}, {@code childCpuMs} (the part of {@code cpuMs}
 * spent in child JVMs) and {@code wallMs}, all in milliseconds of the same window (from just before the
 * iteration's first operation to just after its last).
 *
 * <p>JMH sums events over the measurement iterations, so the scores are totals; the per-iteration values
 * are in {@code rawData}. CPU time per operation = primary score × ΣcpuMs / ΣwallMs (average time mode),
 * or ΣcpuMs / iterations (single-shot mode, one operation per iteration); cpuMs / wallMs alone is the
 * average number of busy cores. Counts one harness thread, corebench's only setting: with more, each
 * thread's window would count the whole process again.
 *
 * <p>Resolution: the JDK reads this JVM's CPU time with {@code times()} and a child's from
 * {@code /proc/<pid>/stat} on Linux, both in clock ticks (10 ms). An iteration of a second or more is
 * accurate to about 1%; a single-shot iteration of a few milliseconds reads 0 or 10 ms, which is
 * unbiased only as a sum over many iterations.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    /** CPU milliseconds of this JVM and its model's child processes in the iteration. */
    public double cpuMs;
    /** The child processes' share of {@link #cpuMs}. */
    public double childCpuMs;
    /** Wall-clock milliseconds of the same window. */
    public double wallMs;

    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private ModelBench bench;
    private long wallStart;
    private long selfStart;
    private long childStart;

    /** Measures this benchmark's model; called once per trial by {@link ModelBench}. */
    void watch(ModelBench watched) {
        this.bench = watched;
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        childStart = childNanos();
        selfStart = selfNanos();
        wallStart = System.nanoTime();
    }

    // JMH zeroes the counters after the iteration set-up and reads them after this tear-down.
    @TearDown(Level.Iteration)
    public void stopIteration() {
        long wall = System.nanoTime() - wallStart;
        long selfEnd = selfNanos();
        long child = childNanos() - childStart;
        wallMs = wall / 1e6;
        childCpuMs = child / 1e6;
        cpuMs = selfStart < 0 || selfEnd < 0 ? Double.NaN : (selfEnd - selfStart + child) / 1e6;
    }

    private long childNanos() {
        return bench == null ? 0 : bench.childCpuTime().toNanos();
    }

    /** CPU nanoseconds of this JVM so far, or -1 where the platform cannot say (then cpuMs is NaN, not a plausible 0). */
    static long selfNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
