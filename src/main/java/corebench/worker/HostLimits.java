package corebench.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What this machine still holds for new threads and processes, on Linux: the lowest of the host's and the
 * process's cgroup v2 limits. Memory is MemAvailable and each cgroup level's {@code memory.max} less its
 * {@code memory.current}; threads are {@code ulimit -u} (RLIMIT_NPROC, counted per user) less this user's threads,
 * {@code threads-max} less every thread, and each level's {@code pids.max} less its {@code pids.current}; CPUs are
 * each level's {@code cpu.max} quota over its period, rounded down.
 *
 * @param availableBytes memory free for new processes
 * @param maxThreads     threads that may still be created
 * @param quotaCpus      the CPUs a CPU quota allows, or {@link Integer#MAX_VALUE} without one
 * @param source         where the figures come from and what limited them
 */
public record HostLimits(long availableBytes, long maxThreads, int quotaCpus, String source) {
    /** Resident memory of an idle child JVM, measured ~50 MB (JDK 25, 2 CPUs): the least a child JVM takes. */
    public static final long MIN_CHILD_JVM_BYTES = 50L << 20;

    /** Threads of one JVM on {@code cores} CPUs: ~19 measured on 2 CPUs; GC and JIT threads grow with the CPUs. */
    public static long threadsPerJvm(int cores) {
        return 20 + cores / 4;
    }

    /** This machine now. */
    public static HostLimits probe() throws IOException {
        return probe(Path.of("/"));
    }

    /**
     * As {@link #probe()}, reading {@code proc/} and {@code sys/fs/cgroup/} under {@code root} (a fake tree in tests).
     *
     * @throws IOException or a RuntimeException where /proc is missing or unreadable (not Linux)
     */
    public static HostLimits probe(Path root) throws IOException {
        return new Probe(root).read();
    }

    /**
     * Fails with one line unless {@code count} child JVMs can start at once: each takes at least
     * {@link #MIN_CHILD_JVM_BYTES} and {@link #threadsPerJvm} threads. Where the limits cannot be read, nothing is checked.
     *
     * @throws IllegalArgumentException saying what does not fit
     */
    public static void checkChildJvms(int count) {
        HostLimits h;
        try {
            h = probe();
        } catch (IOException | RuntimeException e) {
            return;
        }
        long cores = Runtime.getRuntime().availableProcessors();
        long bytes = count * MIN_CHILD_JVM_BYTES;
        long threads = count * threadsPerJvm((int) cores);
        if (bytes > h.availableBytes() || threads > h.maxThreads()) {
            throw new IllegalArgumentException(count + " child JVMs at once need at least " + (bytes >> 20) + " MiB and "
                    + threads + " threads; this machine has " + (h.availableBytes() >> 20) + " MiB and " + h.maxThreads()
                    + " threads left (" + h.source() + "): use fewer workers");
        }
    }

    /** The Linux figures under one root: the host's, the user's and every level of this process's cgroup (v2). */
    private static final class Probe {
        private final Path proc;
        private final Path cgroupRoot;

        Probe(Path root) {
            this.proc = root.resolve("proc");
            this.cgroupRoot = root.resolve("sys/fs/cgroup");
        }

        HostLimits read() throws IOException {
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
            return new HostLimits(available, Math.max(0, threads), cpus, "memory: " + memorySource + "; threads: " + threadSource
                    + cpuSource);
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
