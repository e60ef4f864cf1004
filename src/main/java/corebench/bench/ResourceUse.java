package corebench.bench;

import corebench.worker.ExitRecords;
import corebench.worker.JvmPauses;
import corebench.worker.JvmThreads.Kind;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Where a benchmark's CPU time went, per JMH iteration, in the same window as {@link CpuTime} (which reads
 * it around its own readings, so the cost of reading /proc stays outside {@code cpuMs}): secondary metrics
 * (JMH events, summed over iterations, each iteration's value in {@code rawData}) for this JVM and every
 * child process it started (docs/results-format.md lists them with their units).
 *
 * <ul>
 *   <li>{@code userMs}, {@code systemMs}: CPU time split into user and kernel (from {@link ProcCounters}).
 *   <li>{@code gcCpuMs}, {@code jitCpuMs}, {@code vmThreadCpuMs}: on-CPU time of the JVMs' collector,
 *       compiler and VM threads (safepoint operations; the serial collector's collections), by thread name;
 *       {@code childGcCpuMs}, {@code childJitCpuMs}: the part of {@code gcCpuMs}, {@code jitCpuMs} spent in
 *       the child JVMs' collector and compiler threads (not added again: of which, not beside).
 *   <li>{@code safepointMs}, {@code safepoints}: time the JVMs spent reaching and at safepoints, and how
 *       many, summed over this JVM, its live child JVMs and the worker JVMs that ended in the window
 *       ({@link TreePauses}: HotSpot's own counters). A
 *       pause, not CPU time: the CPU the VM and GC threads used in it is in {@code vmThreadCpuMs} and
 *       {@code gcCpuMs}.
 *   <li>{@code gcPauseMs}, {@code gcCount}, {@code jitMs}: this JVM's {@link GarbageCollectorMXBean}s'
 *       collection time and count and its {@link CompilationMXBean}'s compile time (elapsed, not CPU);
 *       the child JVMs' are beside them, not in them: {@code childGcPauseMs}, {@code childGcCount},
 *       {@code childJitMs}, the same figures from the child JVMs' HotSpot counters ({@link TreePauses}), live
 *       ones and worker JVMs that ended in the window, summed.
 *   <li>{@code voluntarySwitches}, {@code involuntarySwitches}, {@code migrations}: context switches and
 *       CPU migrations of every live thread. Threads that exit within the window are missed, except those of
 *       worker JVMs (process-pool, process-per-task), which the parent reads as it closes them
 *       ({@link ExitRecords}): this and the thread CPU above then hold the child JVMs that ended in the window.
 *   <li>{@code minorFaults}, {@code majorFaults}: page faults, exited children included.
 *   <li>{@code stepCpuBusyMs}, {@code stepCpuIdleMs}, {@code stepCpuStealMs}, {@code stepCpuCount}: the
 *       per-CPU counters of the CPUs this JVM may run on ({@link StepCpus}), everyone's.
 * </ul>
 * A value that cannot be read (not Linux, or {@link #ENABLED} off) is NaN. Hardware events (cycles, instructions, cache misses) are
 * not recorded here: they are absent, not zero.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ResourceUse {
    public double userMs;
    public double systemMs;
    public double gcCpuMs;
    public double jitCpuMs;
    public double vmThreadCpuMs;
    public double childGcCpuMs;
    public double childJitCpuMs;
    public double safepointMs;
    public double safepoints;
    public double gcPauseMs;
    public double gcCount;
    public double jitMs;
    public double childGcPauseMs;
    public double childGcCount;
    public double childJitMs;
    public double voluntarySwitches;
    public double involuntarySwitches;
    public double migrations;
    public double minorFaults;
    public double majorFaults;
    public double stepCpuBusyMs;
    public double stepCpuIdleMs;
    public double stepCpuStealMs;
    public double stepCpuCount;

    /** {@code -Dcorebench.resourceUse=off} leaves every field NaN and reads nothing: the A/B check of its cost. */
    static final boolean ENABLED = !"off".equals(System.getProperty("corebench.resourceUse"));
    private static final List<GarbageCollectorMXBean> GCS = ManagementFactory.getGarbageCollectorMXBeans();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private ProcCounters procStart = ProcCounters.ABSENT;
    private StepCpus stepStart = StepCpus.ABSENT;
    private TreePauses pausesStart = TreePauses.ABSENT;
    private long gcMillisStart;
    private long gcCountStart;
    private long jitMillisStart;

    /** Reads the process counters at the start of a window: first of all, as they take longest. */
    void start() {
        if (!ENABLED) {
            return;
        }
        ExitRecords.record();
        ExitRecords.take(); // exits before the window: not its own
        procStart = ProcCounters.read();
        pausesStart = TreePauses.read();
        gcMillisStart = gcMillis();
        gcCountStart = gcCount();
        jitMillisStart = jitMillis();
    }

    /** Reads the step's CPU counters at the start of a window: last, just before the wall clock starts. */
    void startStep() {
        stepStart = ENABLED ? StepCpus.read() : StepCpus.ABSENT;
    }

    /** Reads the step's CPU counters at the end of a window: just after the wall clock stops. */
    void stopStep() {
        setStep(stepStart, ENABLED ? StepCpus.read() : StepCpus.ABSENT);
    }

    /** Reads the process counters again, last of all, and sets their fields to what the window used. */
    void stop() {
        if (!ENABLED) {
            setProc(ProcCounters.ABSENT, ProcCounters.ABSENT);
            gcPauseMs = gcCount = jitMs = Double.NaN;
            setPauses(TreePauses.ABSENT, TreePauses.ABSENT);
            return;
        }
        long gcMillisEnd = gcMillis();
        long gcCountEnd = gcCount();
        long jitMillisEnd = jitMillis();
        // the records first: a worker read after the take is still in /proc and its perf data
        ExitRecords.Exits exited = ExitRecords.take();
        TreePauses pausesEnd = TreePauses.read().withExited(exited.pauses());
        ProcCounters procEnd = ProcCounters.read().withExited(exited.threads());
        gcPauseMs = gcMillisStart < 0 || gcMillisEnd < 0 ? Double.NaN : gcMillisEnd - gcMillisStart;
        gcCount = gcCountStart < 0 || gcCountEnd < 0 ? Double.NaN : gcCountEnd - gcCountStart;
        jitMs = jitMillisStart < 0 || jitMillisEnd < 0 ? Double.NaN : jitMillisEnd - jitMillisStart;
        setPauses(pausesStart, pausesEnd);
        setProc(procStart, procEnd);
    }

    private void setPauses(TreePauses before, TreePauses after) {
        if (!before.present() || !after.present()) {
            safepointMs = safepoints = childGcPauseMs = childGcCount = childJitMs = Double.NaN;
            return;
        }
        JvmPauses all = after.since(before, pid -> true);
        safepointMs = all.safepointMs();
        safepoints = all.safepoints();
        long self = ProcessHandle.current().pid();
        JvmPauses children = after.since(before, pid -> pid != self);
        childGcPauseMs = children.gcPauseMs();
        childGcCount = children.gcCount();
        childJitMs = children.jitMs();
    }

    private void setProc(ProcCounters before, ProcCounters after) {
        if (!before.present() || !after.present()) {
            userMs = systemMs = gcCpuMs = jitCpuMs = vmThreadCpuMs = childGcCpuMs = childJitCpuMs = Double.NaN;
            voluntarySwitches = involuntarySwitches = migrations = minorFaults = majorFaults = Double.NaN;
            return;
        }
        userMs = ticksToMs(after.userTicks() - before.userTicks());
        systemMs = ticksToMs(after.systemTicks() - before.systemTicks());
        minorFaults = after.minorFaults() - before.minorFaults();
        majorFaults = after.majorFaults() - before.majorFaults();
        Map<Kind, long[]> byKind = after.threadDeltasByKind(before);
        gcCpuMs = runMs(byKind, Kind.GC);
        jitCpuMs = runMs(byKind, Kind.JIT);
        vmThreadCpuMs = runMs(byKind, Kind.VM_THREAD);
        String self = ProcessHandle.current().pid() + "/";
        Map<Kind, long[]> children = after.threadDeltasByKind(before, id -> !id.startsWith(self));
        childGcCpuMs = runMs(children, Kind.GC);
        childJitCpuMs = runMs(children, Kind.JIT);
        long[] all = new long[4];
        byKind.values().forEach(v -> {
            for (int i = 0; i < all.length; i++) {
                all[i] += v[i];
            }
        });
        voluntarySwitches = all[1];
        involuntarySwitches = all[2];
        migrations = all[3];
    }

    private void setStep(StepCpus before, StepCpus after) {
        if (!before.present() || !after.present() || before.cpus() != after.cpus()) {
            stepCpuBusyMs = stepCpuIdleMs = stepCpuStealMs = stepCpuCount = Double.NaN;
            return;
        }
        stepCpuBusyMs = ticksToMs(after.busy() - before.busy());
        stepCpuIdleMs = ticksToMs(after.idle() - before.idle());
        stepCpuStealMs = ticksToMs(after.steal() - before.steal());
        stepCpuCount = after.cpus();
    }

    private static double runMs(Map<Kind, long[]> byKind, Kind kind) {
        long[] v = byKind.get(kind);
        return v == null ? 0 : v[0] / 1e6;
    }

    private static double ticksToMs(long ticks) {
        return ticks * (ProcCounters.NANOS_PER_TICK / 1e6);
    }

    /** Total collection milliseconds of this JVM's collectors; -1 if one cannot say. */
    private static long gcMillis() {
        return sumOverCollectors(GarbageCollectorMXBean::getCollectionTime);
    }

    /** Total collections of this JVM's collectors; -1 if one cannot say. */
    private static long gcCount() {
        return sumOverCollectors(GarbageCollectorMXBean::getCollectionCount);
    }

    private static long sumOverCollectors(ToLongFunction<GarbageCollectorMXBean> value) {
        long sum = 0;
        for (GarbageCollectorMXBean gc : GCS) {
            long v = value.applyAsLong(gc);
            if (v < 0) {
                return -1;
            }
            sum += v;
        }
        return sum;
    }

    private static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : -1;
    }
}
