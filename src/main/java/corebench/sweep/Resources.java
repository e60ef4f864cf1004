package corebench.sweep;

import com.sun.management.OperatingSystemMXBean;
import corebench.cluster.LocalCluster;
import corebench.model.ModelKind;
import corebench.model.ModelType;
import corebench.workload.Trait;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a benchmark's threads, child JVMs and cluster members must fit in: available memory, the number of
 * threads the OS still allows, and the CPUs a container's quota allows. A combination that would not fit is
 * left out of the plan with the reason, never attempted.
 *
 * <p>On Linux the figures are the lowest of the host's and the process's cgroup v2 limits: memory is
 * MemAvailable and each cgroup level's {@code memory.max} less its {@code memory.current}; threads are
 * {@code ulimit -u} (RLIMIT_NPROC, counted per user) less this user's threads, {@code threads-max} less every
 * thread, and each level's {@code pids.max} less its {@code pids.current}; CPUs are each level's {@code cpu.max}
 * quota over its period, rounded down.
 *
 * @param availableBytes memory free for new processes
 * @param maxThreads     threads that may still be created
 * @param source         where the figures come from and what limited them, for the results
 * @param quotaCpus      the CPUs a CPU quota allows ({@code cpu.max}), or {@link Integer#MAX_VALUE} without one
 */
public record Resources(long availableBytes, long maxThreads, String source, int quotaCpus) {
    /** A child JVM of a process model: measured 50 MB RSS idle (JDK 25, 2 CPUs); its JIT code and heap grow with work. */
    static final long CHILD_JVM_BYTES = 150L << 20;
    /** A Hazelcast member JVM (heap, partitions, client endpoint). */
    static final long MEMBER_BYTES = 400L << 20;
    /** The benchmark's own JMH fork, with the largest grid (2 × 4096² doubles) mapped. */
    static final long FORK_BYTES = 768L << 20;
    /** Only this share of what is free is planned for: the rest is the OS's, JMH's and other users'. */
    static final double SHARE = 0.8;
    /** Threads of the JMH JVM and of the benchmark's fork themselves, besides the model's workers. */
    static final long OWN_THREADS = 2 * threadsPerJvm(0);

    /** Without a CPU quota. */
    public Resources(long availableBytes, long maxThreads, String source) {
        this(availableBytes, maxThreads, source, Integer.MAX_VALUE);
    }

    /** Threads of one JVM on {@code cores} CPUs: ~19 measured on 2 CPUs; GC and JIT threads grow with the CPUs. */
    static long threadsPerJvm(int cores) {
        return 20 + cores / 4;
    }

    /** Members of a loopback cluster for {@code workers}: {@link LocalCluster#membersFor}. */
    static int members(int workers) {
        return LocalCluster.membersFor(workers);
    }

    /**
     * Platform threads a model with {@code workers} starts in the benchmark's own JVM: one per worker for every
     * in-JVM model but the virtual-thread one (its carriers are one per CPU, within the JVM's own threads).
     */
    static long inJvmThreads(ModelType type, int workers) {
        return type.has(Trait.SHARED_HEAP) && !type.id().equals(ModelKind.VIRTUAL.id()) ? workers : 0;
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

    /** As {@link #probe()}, reading {@code proc/} and {@code sys/fs/cgroup/} under {@code root} (a fake tree in tests). */
    static Resources probe(Path root) {
        try {
            return new LinuxProbe(root).read();
        } catch (IOException | RuntimeException e) {
            OperatingSystemMXBean os = (OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
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

    /** The Linux figures under one root: the host's, the user's and every level of this process's cgroup (v2). */
    private static final class LinuxProbe {
        private final Path proc;
        private final Path cgroupRoot;

        LinuxProbe(Path root) {
            this.proc = root.resolve("proc");
            this.cgroupRoot = root.resolve("sys/fs/cgroup");
        }

        Resources read() throws IOException {
            long available = meminfo("MemAvailable:");
            String memorySource = "/proc/meminfo MemAvailable";
            long nproc = limitOf("Max processes");
            long userThreads = nproc == Long.MAX_VALUE ? 0 : threadsOfUser(uid());
            long threads = nproc == Long.MAX_VALUE ? Long.MAX_VALUE : nproc - userThreads;
            String threadSource = nproc == Long.MAX_VALUE ? "no ulimit -u" : "ulimit -u " + nproc + " less " + userThreads + " threads of this user";
            String[] loadavg = firstLine(proc.resolve("loadavg")).split("\\s+");
            long hostFree = Long.parseLong(firstLine(proc.resolve("sys/kernel/threads-max")))
                    - Long.parseLong(loadavg[3].substring(loadavg[3].indexOf('/') + 1));
            if (hostFree < threads) {
                threads = hostFree;
                threadSource = "threads-max less every thread";
            }
            int cpus = Integer.MAX_VALUE;
            String cpuSource = "";
            for (Path level : cgroupLevels()) {
                String name = "cgroup " + (level.equals(cgroupRoot) ? "/" : "/" + cgroupRoot.relativize(level));
                long memoryMax = number(level.resolve("memory.max"));
                if (memoryMax != Long.MAX_VALUE) {
                    long free = Math.max(0, memoryMax - Math.max(0, number(level.resolve("memory.current"))));
                    if (free < available) {
                        available = free;
                        memorySource = name + " memory.max " + (memoryMax >> 20) + " MiB less memory.current";
                    }
                }
                long pidsMax = number(level.resolve("pids.max"));
                if (pidsMax != Long.MAX_VALUE) {
                    long free = Math.max(0, pidsMax - Math.max(0, number(level.resolve("pids.current"))));
                    if (free < threads) {
                        threads = free;
                        threadSource = name + " pids.max " + pidsMax + " less pids.current";
                    }
                }
                int quota = quotaCpus(level.resolve("cpu.max"));
                if (quota < cpus) {
                    cpus = quota;
                    cpuSource = "; CPUs: " + name + " cpu.max allows " + quota;
                }
            }
            return new Resources(available, Math.max(0, threads), "memory: " + memorySource + "; threads: " + threadSource
                    + cpuSource, cpus);
        }

        /** This process's cgroup folder and its ancestors up to the root, or none without cgroup v2. */
        private List<Path> cgroupLevels() throws IOException {
            Path file = proc.resolve("self/cgroup");
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<Path> levels = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("0::/")) {
                    Path dir = cgroupRoot.resolve(line.substring(4)).normalize();
                    if (!dir.startsWith(cgroupRoot)) {
                        return List.of();
                    }
                    for (Path d = dir; d != null && d.startsWith(cgroupRoot); d = d.getParent()) {
                        levels.add(d);
                    }
                }
            }
            return levels;
        }

        /** A cgroup file's number; {@link Long#MAX_VALUE} for "max" or a missing or unreadable file. */
        private static long number(Path file) {
            try {
                String v = firstLine(file);
                return v.equals("max") ? Long.MAX_VALUE : Long.parseLong(v);
            } catch (IOException | RuntimeException e) {
                return Long.MAX_VALUE;
            }
        }

        /** The CPUs {@code cpu.max} ("quota period") allows, rounded down and at least 1; {@link Integer#MAX_VALUE} without a quota. */
        private static int quotaCpus(Path file) {
            try {
                String[] v = firstLine(file).split("\\s+");
                if (v[0].equals("max")) {
                    return Integer.MAX_VALUE;
                }
                long quota = Long.parseLong(v[0]);
                long period = v.length > 1 ? Long.parseLong(v[1]) : 100_000;
                return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1, quota / Math.max(1, period)));
            } catch (IOException | RuntimeException e) {
                return Integer.MAX_VALUE;
            }
        }

        /** The real uid of this process (/proc/self/status). */
        private String uid() throws IOException {
            for (String line : Files.readAllLines(proc.resolve("self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).trim().split("\\s+")[0];
                }
            }
            throw new IOException("no Uid in /proc/self/status");
        }

        /** Threads of every process whose real uid is {@code uid}: what RLIMIT_NPROC counts. */
        private long threadsOfUser(String uid) throws IOException {
            long n = 0;
            try (Stream<Path> pids = Files.list(proc)) {
                for (Path p : pids.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                    n += threadsIfOwned(p.resolve("status"), uid);
                }
            }
            return n;
        }

        private static long threadsIfOwned(Path status, String uid) {
            try {
                boolean mine = false;
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("Uid:")) {
                        mine = line.substring(4).trim().split("\\s+")[0].equals(uid);
                    } else if (line.startsWith("Threads:")) {
                        return mine ? Long.parseLong(line.substring(8).trim()) : 0;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // it ended while we looked
            }
            return 0;
        }

        private long meminfo(String key) throws IOException {
            for (String line : Files.readAllLines(proc.resolve("meminfo"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
            throw new IOException("no " + key + " in /proc/meminfo");
        }

        private long limitOf(String name) throws IOException {
            for (String line : Files.readAllLines(proc.resolve("self/limits"))) {
                if (line.startsWith(name)) {
                    String soft = line.substring(name.length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
            return Long.MAX_VALUE;
        }
    }

    /** The first line of a /proc or /sys file (Files.readString trusts the size procfs reports, and reads too little). */
    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).get(0).trim();
    }
}
