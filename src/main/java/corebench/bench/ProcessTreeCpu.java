package corebench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time (user + system) of this JVM and of the processes it started, read from the operating system,
 * so that every model's child JVMs count without the model's help, the exited ones included.
 *
 * <p>Children: the CPU time of the children this JVM has waited for (Java reaps every child it starts)
 * from fields {@code cutime} and {@code cstime} of {@code /proc/self/stat}, plus what the live descendants
 * have used so far ({@link ProcessHandle.Info#totalCpuDuration()}). Without {@code /proc} (not Linux) only
 * the live descendants count: children that exited are missed, and {@link #countsExitedChildren()} says so.
 *
 * <p>Resolution: on Linux the JDK reads this JVM's time with {@code times()} and a process's from
 * {@code /proc/<pid>/stat}, all in clock ticks of 10 ms.
 */
final class ProcessTreeCpu {
    private static final Path PROC_SELF_STAT = Path.of("/proc/self/stat");
    /** USER_HZ: the unit of /proc's times, 100 on every Linux architecture. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private ProcessTreeCpu() {
    }

    /** CPU nanoseconds of this JVM so far, or -1 where the platform cannot say. */
    static long selfNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** CPU nanoseconds of this JVM's child processes so far: the exited ones (where known) and the live ones. */
    static long childrenNanos() {
        // Exited first: a child that exits in between is then counted by neither reading rather than by both,
        // and a later reading finds it among the exited.
        long exited = exitedChildrenNanos();
        long live = ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return Math.max(exited, 0) + live;
    }

    /** Whether {@link #childrenNanos()} includes children that have exited (it does on Linux). */
    static boolean countsExitedChildren() {
        return exitedChildrenNanos() >= 0;
    }

    /** cutime + cstime of /proc/self/stat in nanoseconds, or -1 without /proc. */
    private static long exitedChildrenNanos() {
        try {
            String stat = Files.readString(PROC_SELF_STAT);
            // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): cutime is field 16, cstime field 17
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
