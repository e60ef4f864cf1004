package corebench.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The threads of a process as Linux shows them in {@code /proc/<pid>/task/<tid>/sched}: per thread its on-CPU
 * time ({@code se.sum_exec_runtime}, ns), voluntary and involuntary context switches, CPU migrations
 * ({@code se.nr_migrations}) and what it does for a JVM, from its name ({@link Kind}). Read by the benchmark JVM
 * for itself and its children, and for a worker it is about to close ({@link ExitRecords}).
 */
public final class JvmThreads {
    private static final Path PROC = Path.of("/proc");

    private JvmThreads() {
    }

    /** What a JVM's thread does, from its name (Linux truncates names to 15 characters). */
    public enum Kind {
        /** Garbage collector threads (G1, Parallel, Z, Shenandoah). */
        GC(List.of("GC Thread", "G1 ", "ZWorker", "ZDriver", "ZDirector", "Shenandoah", "Parallel GC")),
        /** The JIT compilers. */
        JIT(List.of("C1 CompilerThre", "C2 CompilerThre", "C1 Compiler", "C2 Compiler", "JVMCI")),
        /** The VM thread: safepoint operations, and the serial collector's collections. */
        VM_THREAD(List.of("VM Thread")),
        /** Everything else: the application's and the harness's threads. */
        OTHER(List.of());

        private final List<String> prefixes;

        Kind(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.prefixes.stream().anyMatch(name::startsWith)) {
                    return k;
                }
            }
            return OTHER;
        }
    }

    /** One thread's counters so far. */
    public record Counters(Kind kind, long runNanos, long voluntary, long involuntary, long migrations) {
        /** Since {@code before} (null: a thread born since then counts whole). */
        public Counters minus(Counters before) {
            return before == null ? this : new Counters(kind, runNanos - before.runNanos,
                    voluntary - before.voluntary, involuntary - before.involuntary, migrations - before.migrations);
        }
    }

    /** Every readable thread of process {@code pid} now, keyed {@code "<pid>/<tid>"}; empty if it cannot be read. */
    public static Map<String, Counters> of(long pid) {
        Map<String, Counters> threads = new HashMap<>();
        try (Stream<Path> list = Files.list(PROC.resolve(Long.toString(pid)).resolve("task"))) {
            list.forEach(t -> {
                Counters c = thread(t);
                if (c != null) {
                    threads.put(pid + "/" + t.getFileName(), c);
                }
            });
        } catch (IOException | RuntimeException e) {
            // the process exited while being read (or no /proc): its threads are lost
        }
        return threads;
    }

    /** One thread from its {@code sched} file alone (name, run time, switches, migrations): one read per thread. */
    private static Counters thread(Path task) {
        try {
            return parse(Files.readString(task.resolve("sched")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The counters in a {@code sched} file: the first line is {@code "<name> (<tid>, #threads: <n>)"}, then
     * {@code "<key> : <value>"} lines; {@code se.sum_exec_runtime} is in ms with six decimals.
     */
    static Counters parse(String sched) {
        String name = sched.substring(0, sched.lastIndexOf(" (", sched.indexOf('\n')));
        String runMs = field(sched, "se.sum_exec_runtime");
        int dot = runMs.indexOf('.');
        long runNanos = dot < 0 ? Long.parseLong(runMs) * 1_000_000
                : Long.parseLong(runMs.substring(0, dot)) * 1_000_000 + Long.parseLong(runMs.substring(dot + 1));
        return new Counters(Kind.of(name), runNanos, Long.parseLong(field(sched, "nr_voluntary_switches")),
                Long.parseLong(field(sched, "nr_involuntary_switches")), Long.parseLong(field(sched, "se.nr_migrations")));
    }

    private static String field(String sched, String key) {
        int at = sched.indexOf('\n' + key + ' ');
        if (at < 0) {
            throw new IllegalArgumentException("no " + key);
        }
        int from = sched.indexOf(':', at) + 1;
        int to = sched.indexOf('\n', from);
        return sched.substring(from, to < 0 ? sched.length() : to).strip();
    }
}
