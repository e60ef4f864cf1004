package corebench.sweep;

import com.sun.management.OperatingSystemMXBean;
import corebench.cluster.LocalCluster;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a benchmark's child JVMs and cluster members must fit in: available memory and the number of
 * threads the OS still allows (Linux counts threads against {@code ulimit -u} and {@code threads-max}).
 * A combination that would not fit is left out of the plan with the reason, never attempted.
 *
 * @param availableBytes memory free for new processes (Linux: MemAvailable)
 * @param maxThreads     threads that may still be created (the lower of the process limit and threads-max, less
 *                       those running now)
 * @param source         where the figures come from, for the results
 */
public record Resources(long availableBytes, long maxThreads, String source) {
    /** A child JVM of a process model: measured 50 MB RSS idle (JDK 25, 2 CPUs); its JIT code and heap grow with work. */
    static final long CHILD_JVM_BYTES = 150L << 20;
    /** A Hazelcast member JVM (heap, partitions, client endpoint). */
    static final long MEMBER_BYTES = 400L << 20;
    /** The benchmark's own JMH fork, with the largest grid (2 × 4096² doubles) mapped. */
    static final long FORK_BYTES = 768L << 20;
    /** Only this share of what is free is planned for: the rest is the OS's, JMH's and other users'. */
    static final double SHARE = 0.8;

    /** Threads of one JVM on {@code cores} CPUs: ~19 measured on 2 CPUs; GC and JIT threads grow with the CPUs. */
    static long threadsPerJvm(int cores) {
        return 20 + cores / 4;
    }

    /** Members of a loopback cluster for {@code workers}: {@link LocalCluster#membersFor}. */
    static int members(int workers) {
        return LocalCluster.membersFor(workers);
    }

    /** No limit: for plans whose resources are not checked (tests of plan shape). */
    public static Resources unlimited() {
        return new Resources(Long.MAX_VALUE, Long.MAX_VALUE, "not checked");
    }

    /**
     * An assumed machine: {@code bytes} of free memory and Linux's default process limit for it (the kernel
     * sets {@code threads-max} to RAM / 128 KiB and {@code ulimit -u} to half of that).
     */
    public static Resources assumed(long bytes) {
        return new Resources(bytes, bytes / (256L << 10), "assumed: " + (bytes >> 30) + " GiB free, Linux's default process limit for it");
    }

    /** This machine now (Linux /proc; elsewhere the JVM's view of memory and no thread limit). */
    public static Resources probe() {
        try {
            long available = meminfo("MemAvailable:");
            long limit = Math.min(limitOf("Max processes"), Long.parseLong(firstLine(Path.of("/proc/sys/kernel/threads-max"))));
            String[] loadavg = firstLine(Path.of("/proc/loadavg")).split("\\s+");
            long running = Long.parseLong(loadavg[3].substring(loadavg[3].indexOf('/') + 1));
            return new Resources(available, Math.max(0, limit - running), "/proc/meminfo MemAvailable, /proc/self/limits, "
                    + "threads-max, /proc/loadavg");
        } catch (IOException | RuntimeException e) {
            OperatingSystemMXBean os = (OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
            return new Resources(os.getFreeMemorySize(), Long.MAX_VALUE, "the JVM's free memory; no thread limit known");
        }
    }

    /** Why a benchmark of this cost would not fit, or empty if it does. */
    public Optional<String> refusal(PlanEstimate.Cost cost) {
        if (cost.childJvms() == 0 && cost.members() == 0) {
            return Optional.empty();
        }
        String what = cost.childJvms() > 0 ? cost.childJvms() + " child JVMs" : cost.members() + " cluster members";
        if (cost.bytes() > availableBytes * SHARE) {
            return Optional.of(what + " need ~" + gib(cost.bytes()) + " GiB at once (~" + (CHILD_JVM_BYTES >> 20)
                    + " MB per child JVM, " + (MEMBER_BYTES >> 20) + " MB per member), more than " + (int) (SHARE * 100)
                    + "% of the " + gib(availableBytes) + " GiB available");
        }
        if (cost.threads() > maxThreads * SHARE) {
            return Optional.of(what + " need ~" + cost.threads() + " threads, more than " + (int) (SHARE * 100)
                    + "% of the " + maxThreads + " the process limit still allows");
        }
        return Optional.empty();
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) (1L << 30));
    }

    /** The first line of a /proc file (Files.readString trusts the size procfs reports, and reads too little). */
    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).get(0).trim();
    }

    private static long meminfo(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) * 1024;
            }
        }
        throw new IOException("no " + key + " in /proc/meminfo");
    }

    private static long limitOf(String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith(name)) {
                String soft = line.substring(name.length()).trim().split("\\s+")[0];
                return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
            }
        }
        return Long.MAX_VALUE;
    }
}
