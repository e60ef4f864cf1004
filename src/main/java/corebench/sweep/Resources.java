package corebench.sweep;

import com.sun.management.OperatingSystemMXBean;
import corebench.worker.HostLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a benchmark's threads, child JVMs and cluster members must fit in: memory free for new processes, threads that
 * may still be created and the CPUs a quota allows ({@link Integer#MAX_VALUE} without one); on Linux the lowest of the
 * host's and the cgroup v2 limits ({@link HostLimits}). {@code source} says where they come from, for the results.
 */
public record Resources(long availableBytes, long maxThreads, String source, int quotaCpus) {
    /** A child JVM of a process model, its JIT code and heap grown with work. */
    static final long CHILD_JVM_BYTES = 150L << 20;
    /** A Hazelcast member JVM (heap, partitions, client endpoint). */
    static final long MEMBER_BYTES = 400L << 20;
    /** The benchmark's own JMH fork, with the largest grid (2 × 4096² doubles) mapped. */
    static final long FORK_BYTES = 768L << 20;
    /** Only this share of what is free is planned for: the rest is the OS's, JMH's and other users'. */
    static final double SHARE = 0.8;
    /** Threads of the JMH JVM and of the benchmark's fork themselves, besides the model's workers. */
    static final long OWN_THREADS = 2 * HostLimits.threadsPerJvm(0);

    /** Without a CPU quota. */
    public Resources(long availableBytes, long maxThreads, String source) {
        this(availableBytes, maxThreads, source, Integer.MAX_VALUE);
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

    /** This machine now (Linux /proc and /sys/fs/cgroup; elsewhere the JVM's view of memory and no thread limit). */
    public static Resources probe() {
        return probe(Path.of("/"));
    }

    /** As {@link #probe()}, reading {@code proc/} and {@code sys/fs/cgroup/} under {@code root} (tests). */
    static Resources probe(Path root) {
        try {
            HostLimits h = HostLimits.probe(root);
            return new Resources(h.availableBytes(), h.maxThreads(), h.source(), h.quotaCpus());
        } catch (IOException | RuntimeException e) {
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Resources(os.getFreeMemorySize(), Long.MAX_VALUE, "the JVM's free memory; no thread limit known");
        }
    }

    /** Why a benchmark of this cost would not fit, or empty if it does. */
    public Optional<String> refusal(PlanEstimate.Cost cost) {
        if (cost.childJvms() == 0 && cost.members() == 0) {
            long threads = cost.threads() + OWN_THREADS;
            if (threads > maxThreads * SHARE) {
                return Optional.of(cost.threads() + " platform threads need ~" + threads + " threads with the JVMs' own, more than "
                        + (int) (SHARE * 100) + "% of the " + maxThreads + " the process limit still allows");
            }
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
}
