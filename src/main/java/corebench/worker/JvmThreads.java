package corebench.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The threads of a process as Linux shows them ({@code /proc/<pid>/task/<tid>/}): per thread its on-CPU
 * nanoseconds ({@code schedstat}), voluntary and involuntary context switches ({@code status}), CPU migrations
 * ({@code se.nr_migrations} of {@code sched}) and what it does for a JVM, from its name ({@link Kind}). Read by
 * the benchmark JVM for itself and its children, and by a worker for itself just before it exits
 * ({@link ExitRecords}).
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

    private static Counters thread(Path task) {
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
            return new Counters(Kind.of(name), run, voluntary, involuntary, migrations);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
