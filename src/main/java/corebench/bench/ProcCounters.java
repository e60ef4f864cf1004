package corebench.bench;

import corebench.worker.ExitRecords;
import corebench.worker.JvmThreads;
import corebench.worker.JvmThreads.Counters;
import corebench.worker.JvmThreads.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One reading of Linux's {@code /proc} counters for this JVM and its live descendants (child JVMs of the
 * process models, cluster members and their children), subtracted by {@link #since}.
 *
 * <p>Per process ({@code /proc/<pid>/stat}, every thread it ever had, in 10 ms ticks): user and system CPU,
 * minor and major page faults; for this JVM also {@code cutime}, {@code cstime}, {@code cminflt},
 * {@code cmajflt}, which hold the children that exited (Java reaps every child it starts). Per thread
 * ({@code /proc/<pid>/task/<tid>/}): on-CPU nanoseconds ({@code schedstat}), voluntary and involuntary
 * context switches ({@code status}), CPU migrations ({@code se.nr_migrations} of {@code sched}) and the
 * thread's name, which tells the JVM's own threads apart ({@link JvmThreads}). A thread that exits inside
 * the window loses its per-thread counts (a lower bound for thread-per-task, whose threads come and go), except
 * the threads of a worker JVM that recorded its exit ({@link #withExited}); the per-process counts lose nothing.
 *
 * <p>Off Linux every reading is {@link #ABSENT}.
 */
record ProcCounters(long userTicks, long systemTicks, long minorFaults, long majorFaults,
                    Map<String, Counters> threads) {
    static final ProcCounters ABSENT = new ProcCounters(-1, -1, -1, -1, Map.of());
    /** USER_HZ: the unit of /proc's times, 100 on every Linux architecture. */
    static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path PROC = Path.of("/proc");

    /** Whether this reading has anything: false off Linux. */
    boolean present() {
        return userTicks >= 0;
    }

    /** This JVM, its exited children and its live descendants, now. */
    static ProcCounters read() {
        long self = ProcessHandle.current().pid();
        long[] own = processStat(self, true);
        if (own == null) {
            return ABSENT;
        }
        Map<String, Counters> threads = new HashMap<>();
        threads.putAll(JvmThreads.of(self));
        long[] sum = own.clone();
        List<ProcessHandle> descendants = ProcessHandle.current().descendants().toList();
        for (ProcessHandle child : descendants) {
            long[] c = processStat(child.pid(), false);
            if (c != null) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += c[i];
                }
                threads.putAll(JvmThreads.of(child.pid()));
            }
        }
        return new ProcCounters(sum[0], sum[1], sum[2], sum[3], Map.copyOf(threads));
    }

    /**
     * user ticks, system ticks, minor faults, major faults of a process; with {@code withChildren} its
     * exited children's added; null when it cannot be read (it exited, or no /proc).
     */
    static long[] processStat(long pid, boolean withChildren) {
        String[] f = statFields(PROC.resolve(Long.toString(pid)).resolve("stat"));
        if (f == null) {
            return null;
        }
        // f[0] is field 3 (state): minflt 10, cminflt 11, majflt 12, cmajflt 13, utime 14, stime 15, cutime 16, cstime 17
        long minor = Long.parseLong(f[7]) + (withChildren ? Long.parseLong(f[8]) : 0);
        long major = Long.parseLong(f[9]) + (withChildren ? Long.parseLong(f[10]) : 0);
        long user = Long.parseLong(f[11]) + (withChildren ? Long.parseLong(f[13]) : 0);
        long system = Long.parseLong(f[12]) + (withChildren ? Long.parseLong(f[14]) : 0);
        return new long[] {user, system, minor, major};
    }

    /** The fields of a {@code stat} file after the command name (which may hold spaces); null if unreadable. */
    private static String[] statFields(Path stat) {
        try {
            String s = Files.readString(stat);
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * This reading with the last counters of workers read as they were closed ({@link ExitRecords#take}) in place of
     * whatever /proc still showed of them: a child JVM that ended inside the window keeps its threads' counts.
     */
    ProcCounters withExited(Map<String, Counters> exited) {
        if (exited.isEmpty()) {
            return this;
        }
        Set<String> pids = new HashSet<>();
        exited.keySet().forEach(id -> pids.add(id.substring(0, id.indexOf('/') + 1)));
        Map<String, Counters> merged = new HashMap<>(exited);
        threads.forEach((id, c) -> {
            if (!pids.contains(id.substring(0, id.indexOf('/') + 1))) {
                merged.put(id, c);
            }
        });
        return new ProcCounters(userTicks, systemTicks, minorFaults, majorFaults, Map.copyOf(merged));
    }

    /**
     * Per-thread totals since {@code before}: threads alive at both readings count their difference, threads
     * born in between count whole, threads that died in between are lost.
     */
    Map<Kind, long[]> threadDeltasByKind(ProcCounters before) {
        return threadDeltasByKind(before, id -> true);
    }

    /** The calling thread's id among {@link #threads} ({@code "pid/tid"}, from {@code /proc/thread-self}), or null. */
    static String currentThreadId() {
        try {
            Path self = Files.readSymbolicLink(PROC.resolve("thread-self")); // <pid>/task/<tid>
            return self.getName(0) + "/" + self.getName(2);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The same, for the threads {@code threadIds} accepts only (ids as {@code "pid/tid"}). */
    Map<Kind, long[]> threadDeltasByKind(ProcCounters before, Predicate<String> threadIds) {
        Map<Kind, long[]> byKind = new HashMap<>();
        threads.forEach((id, now) -> {
            if (!threadIds.test(id)) {
                return;
            }
            Counters d = now.minus(before.threads.get(id));
            long[] sum = byKind.computeIfAbsent(d.kind(), k -> new long[4]);
            sum[0] += d.runNanos();
            sum[1] += d.voluntary();
            sum[2] += d.involuntary();
            sum[3] += d.migrations();
        });
        return byKind;
    }
}
