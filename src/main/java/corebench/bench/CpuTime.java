package corebench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time a benchmark burns beside its wall time, per JMH iteration: user + system time of this
 * JVM (every thread: workers, JIT, GC, the harness) plus that of its child processes, live or exited
 * (see {@link ProcessTreeCpu}). {@link ModelBench} attaches it to every corebench benchmark, so each
 * result carries three secondary metrics (JMH "events", unit {@code #}): {@code cpuMs}, {@code childCpuMs}
 * (the part of {@code cpuMs} spent in child processes) and {@code wallMs}, all in milliseconds of the same
 * window (from just before the iteration's first operation to just after its last).
 *
 * <p>JMH sums events over the measurement iterations, so the scores are totals; the per-iteration values
 * are in {@code rawData}. CPU time per operation = primary score × ΣcpuMs / ΣwallMs (average time mode),
 * or ΣcpuMs / iterations (single-shot mode, one operation per iteration); cpuMs / wallMs alone is the
 * average number of busy cores. Counts one harness thread, corebench's only setting: with more, each
 * thread's window would count the whole process again.
 *
 * <p>Resolution: 10 ms clock ticks on Linux. An iteration of half a second or more is accurate to a few
 * per cent; a single-shot iteration of a few milliseconds reads 0 or 10 ms, which is unbiased only as a
 * sum over many iterations. Off Linux, children that exited within an iteration are missed.
 *
 * <p>The breakdown of that time ({@link ResourceUse}: user/system, GC, JIT, switches, faults) is read around
 * this window, so reading it costs nothing inside {@code cpuMs} and {@code wallMs}; the step's CPU counters are
 * read right next to the wall clock, so that their window is the wall time's.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    /** CPU milliseconds of this JVM and its child processes in the iteration; NaN where unknown. */
    public double cpuMs;
    /** The child processes' share of {@link #cpuMs}. */
    public double childCpuMs;
    /** Wall-clock milliseconds of the same window. */
    public double wallMs;

    private long wallStart;
    private long selfStart;
    private long childStart;

    private ResourceUse use = new ResourceUse();

    @Setup(Level.Iteration)
    public void startIteration(ResourceUse resources) {
        use = resources;
        startIteration();
    }

    void startIteration() {
        use.start();
        childStart = ProcessTreeCpu.childrenNanos();
        selfStart = ProcessTreeCpu.selfNanos();
        use.startStep();
        wallStart = System.nanoTime();
    }

    // JMH zeroes the counters after the iteration set-up and reads them after this tear-down.
    @TearDown(Level.Iteration)
    public void stopIteration() {
        stopWindow();
        use.stop();
    }

    private void stopWindow() {
        long wall = System.nanoTime() - wallStart;
        use.stopStep();
        long selfEnd = ProcessTreeCpu.selfNanos();
        long child = ProcessTreeCpu.childrenNanos() - childStart;
        wallMs = wall / 1e6;
        childCpuMs = child / 1e6;
        cpuMs = selfStart < 0 || selfEnd < 0 ? Double.NaN : (selfEnd - selfStart + child) / 1e6;
    }
}
