package corebench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * One reading of Linux's {@code /proc} counters for this JVM and its live descendants (child JVMs of the
 * process models, cluster members and their children), subtracted by {@link #since}.
 *
 * <p>Per process ({@code /proc/<pid>/stat}, every thread it ever had, in 10 ms ticks): user and system CPU,
 * minor and major page faults; for this JVM also {@code cutime}, {@code cstime}, {@code cminflt},
 * {@code cmajflt}, which hold the children that exited (Java reaps every child it starts). Per thread
 * ({@code /proc/<pid>/task/<tid>/}): on-CPU nanoseconds ({@code schedstat}), voluntary and involuntary
 * context switches ({@code status}), CPU migrations ({@code se.nr_migrations} of {@code sched}) and the
 * thread's name, which tells the JVM's own threads apart ({@link ThreadKind}). A thread that exits inside
 * the window loses its per-thread counts (a lower bound for thread-per-task and process-per-task, whose
 * threads and JVMs come and go); the per-process counts lose nothing.
 *
 * <p>Off Linux every reading is {@link #ABSENT}.
 */
record ProcCounters(long userTicks, long systemTicks, long minorFaults, long majorFaults,
                    Map<String, ThreadCounters> threads) {
    static final ProcCounters ABSENT = new ProcCounters(-1, -1, -1, -1, Map.of());
    /** USER_HZ: the unit of /proc's times, 100 on every Linux architecture. */
    static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path PROC = Path.of("/proc");

    /** What a JVM's thread does, from its name (Linux truncates names to 15 characters). */
    enum ThreadKind {
        /** Garbage collector threads (G1, Parallel, Z, Shenandoah). */
        GC(List.of("GC Thread", "G1 ", "ZWorker", "ZDriver", "ZDirector", "Shenandoah", "Parallel GC")),
        /** The JIT compilers. */
        JIT(List.of("C1 CompilerThre", "C2 CompilerThre", "C1 Compiler", "C2 Compiler", "JVMCI")),
        /** The VM thread: safepoint operations, and the serial collector's collections. */
        VM_THREAD(List.of("VM Thread")),
        /** Everything else: the application's and the harness's threads. */
        OTHER(List.of());

        private final List<String> prefixes;

        ThreadKind(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        static ThreadKind of(String name) {
            for (ThreadKind k : values()) {
                if (k.prefixes.stream().anyMatch(name::startsWith)) {
                    return k;
                }
            }
            return OTHER;
        }
    }

    /** One thread's counters so far. */
    record ThreadCounters(ThreadKind kind, long runNanos, long voluntary, long involuntary, long migrations) {
        ThreadCounters minus(ThreadCounters before) {
            return before == null ? this : new ThreadCounters(kind, runNanos - before.runNanos,
                    voluntary - before.voluntary, involuntary - before.involuntary, migrations - before.migrations);
        }
    }

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
        Map<String, ThreadCounters> threads = new HashMap<>();
        threads(self, threads);
        long[] sum = own.clone();
        List<ProcessHandle> descendants = ProcessHandle.current().descendants().toList();
        for (ProcessHandle child : descendants) {
            long[] c = processStat(child.pid(), false);
            if (c != null) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += c[i];
                }
                threads(child.pid(), threads);
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

    private static void threads(long pid, Map<String, ThreadCounters> into) {
        Path tasks = PROC.resolve(Long.toString(pid)).resolve("task");
        try (Stream<Path> list = Files.list(tasks)) {
            list.forEach(t -> {
                ThreadCounters c = thread(t);
                if (c != null) {
                    into.put(pid + "/" + t.getFileName(), c);
                }
            });
        } catch (IOException | RuntimeException e) {
            // the process exited while being read: its threads are lost, its times are in cutime/cstime
        }
    }

    private static ThreadCounters thread(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            long run = Long.parseLong(Files.readString(task.resolve("schedstat")).strip().split(" ")[0]);
            long voluntary = 0;
            long involuntary = 0;
            for (String line : Files.readAllLines(task.resolve("status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            long migrations = 0;
            for (String line : Files.readAllLines(task.resolve("sched"))) {
                if (line.startsWith("se.nr_migrations")) {
                    migrations = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return new ThreadCounters(ThreadKind.of(name), run, voluntary, involuntary, migrations);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Per-thread totals since {@code before}: threads alive at both readings count their difference, threads
     * born in between count whole, threads that died in between are lost.
     */
    Map<ThreadKind, long[]> threadDeltasByKind(ProcCounters before) {
        return threadDeltasByKind(before, pid -> true);
    }

    /** The same, for the threads of the processes {@code pids} accepts only. */
    Map<ThreadKind, long[]> threadDeltasByKind(ProcCounters before, LongPredicate pids) {
        Map<ThreadKind, long[]> byKind = new HashMap<>();
        threads.forEach((id, now) -> {
            if (!pids.test(Long.parseLong(id.substring(0, id.indexOf('/'))))) {
                return;
            }
            ThreadCounters d = now.minus(before.threads.get(id));
            long[] sum = byKind.computeIfAbsent(d.kind(), k -> new long[4]);
            sum[0] += d.runNanos();
            sum[1] += d.voluntary();
            sum[2] += d.involuntary();
            sum[3] += d.migrations();
        });
        return byKind;
    }
}
