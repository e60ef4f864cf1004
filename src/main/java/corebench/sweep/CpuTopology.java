package corebench.sweep;

import corebench.format.CpuList;
import corebench.format.CpuPlace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor.LogicalProcessor;

/**
 * Where each logical CPU sits (physical core, socket, NUMA node), by CPU number: read from Linux's
 * {@code /sys/devices/system} (OSHI elsewhere) or made up for {@code --assume-topology}. It decides the order in
 * which core-count steps take CPUs.
 */
public record CpuTopology(List<CpuPlace> cpus) {

    /** The order in which steps take CPUs; both take one CPU of every physical core before any SMT sibling. */
    public enum Order {
        /** Alternate sockets core by core: a 2-CPU step already spans two sockets (more bandwidth, more cross-socket hand-offs). */
        SPREAD,
        /** Fill one socket's physical cores before the next socket's. */
        COMPACT;

        /** The name used on the command line and in machine.json. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The order named {@code id}; the error lists the valid names. */
        public static Order byId(String id) {
            return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("unknown CPU order '" + id + "'; orders are spread, compact"));
        }
    }

    public CpuTopology {
        cpus = cpus.stream().sorted(Comparator.comparingInt(CpuPlace::cpu)).toList();
    }

    /** This machine's topology: sysfs on Linux, else OSHI. */
    public static CpuTopology probe() {
        Path sys = Path.of("/sys/devices/system");
        if (Files.isDirectory(sys.resolve("cpu"))) {
            try {
                CpuTopology t = fromSysfs(sys);
                if (!t.cpus().isEmpty()) {
                    return t;
                }
            } catch (IOException | RuntimeException e) {
                // an unusual sysfs (container, old kernel): OSHI knows other ways
            }
        }
        List<CpuPlace> cpus = new ArrayList<>();
        for (LogicalProcessor p : new SystemInfo().getHardware().getProcessor().getLogicalProcessors()) {
            cpus.add(new CpuPlace(p.getProcessorNumber(), p.getPhysicalProcessorNumber(), p.getPhysicalPackageNumber(), p.getNumaNode()));
        }
        return new CpuTopology(cpus);
    }

    /**
     * Reads {@code cpu/online}, {@code cpu/cpuN/topology/core_id}, {@code physical_package_id} and
     * {@code node/nodeK/cpulist} under {@code root} (normally {@code /sys/devices/system}).
     */
    public static CpuTopology fromSysfs(Path root) throws IOException {
        Path cpuDir = root.resolve("cpu");
        Set<Integer> online = Files.isRegularFile(cpuDir.resolve("online"))
                ? CpuList.parse(read(cpuDir.resolve("online"))) : numberedDirs(cpuDir, "cpu");
        Map<Integer, Integer> nodeOf = new HashMap<>();
        Path nodeDir = root.resolve("node");
        if (Files.isDirectory(nodeDir)) {
            for (int node : numberedDirs(nodeDir, "node")) {
                Path list = nodeDir.resolve("node" + node).resolve("cpulist");
                if (Files.isRegularFile(list)) {
                    CpuList.parse(read(list)).forEach(c -> nodeOf.put(c, node));
                }
            }
        }
        List<CpuPlace> cpus = new ArrayList<>();
        for (int c : online) {
            Path topo = cpuDir.resolve("cpu" + c).resolve("topology");
            cpus.add(new CpuPlace(c, Integer.parseInt(read(topo.resolve("core_id"))),
                    Integer.parseInt(read(topo.resolve("physical_package_id"))), nodeOf.getOrDefault(c, 0)));
        }
        return new CpuTopology(cpus);
    }

    /**
     * A machine of {@code sockets × cores × threads} numbered as Linux numbers most servers: one CPU of every
     * physical core (socket by socket), then their second threads in the same order; a NUMA node per socket.
     */
    public static CpuTopology synthetic(int sockets, int coresPerSocket, int threadsPerCore) {
        if (sockets < 1 || coresPerSocket < 1 || threadsPerCore < 1) {
            throw new IllegalArgumentException("a topology needs at least 1 socket, 1 core and 1 thread, was "
                    + sockets + "x" + coresPerSocket + "x" + threadsPerCore);
        }
        List<CpuPlace> cpus = new ArrayList<>();
        int n = 0;
        for (int t = 0; t < threadsPerCore; t++) {
            for (int s = 0; s < sockets; s++) {
                for (int c = 0; c < coresPerSocket; c++) {
                    cpus.add(new CpuPlace(n++, c, s, s));
                }
            }
        }
        return new CpuTopology(cpus);
    }

    /** Parses {@code SOCKETSxCORESxTHREADS}, e.g. {@code 2x32x2}. */
    public static CpuTopology parse(String spec) {
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 3) {
                return synthetic(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("topology must be SOCKETSxCORESxTHREADS (e.g. 2x32x2), was '" + spec + "'");
    }

    /** Only these CPUs (e.g. the process's affinity mask); all when {@code allowed} is empty. */
    public CpuTopology restrictedTo(Set<Integer> allowed) {
        return allowed.isEmpty() ? this : new CpuTopology(cpus.stream().filter(c -> allowed.contains(c.cpu())).toList());
    }

    /** Number of sockets with at least one CPU here. */
    public int sockets() {
        return (int) cpus.stream().mapToInt(CpuPlace::socket).distinct().count();
    }

    /** Number of physical cores with at least one CPU here. */
    public int physicalCores() {
        return (int) cpus.stream().map(CpuPlace::physicalCore).distinct().count();
    }

    /** CPU numbers in the order steps take them: the first CPU of every physical core, then the second threads, ... */
    public List<Integer> order(Order order) {
        Map<Long, Integer> siblingRank = new HashMap<>();
        Map<Integer, Integer> rank = new HashMap<>();
        for (CpuPlace c : cpus) {
            rank.put(c.cpu(), siblingRank.merge(c.physicalCore(), 1, Integer::sum) - 1);
        }
        // a core's position within its socket, so that sockets with sparse core ids still alternate evenly
        Map<Integer, TreeSet<Integer>> coresOfSocket = new HashMap<>();
        cpus.forEach(c -> coresOfSocket.computeIfAbsent(c.socket(), s -> new TreeSet<>()).add(c.core()));
        ToIntFunction<CpuPlace> position = c -> coresOfSocket.get(c.socket()).headSet(c.core()).size();
        Comparator<CpuPlace> within = order == Order.SPREAD
                ? Comparator.comparingInt(position).thenComparingInt(CpuPlace::socket)
                : Comparator.<CpuPlace>comparingInt(CpuPlace::socket).thenComparingInt(position);
        return cpus.stream()
                .sorted(Comparator.<CpuPlace>comparingInt(c -> rank.get(c.cpu())).thenComparing(within).thenComparingInt(CpuPlace::cpu))
                .map(CpuPlace::cpu).toList();
    }

    private static Set<Integer> numberedDirs(Path dir, String prefix) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches(prefix + "\\d+"))
                    .map(n -> Integer.parseInt(n.substring(prefix.length()))).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A sysfs file's text (read by lines: sysfs and procfs report sizes that are not their content's). */
    private static String read(Path file) throws IOException {
        return String.join(",", Files.readAllLines(file)).trim();
    }
}
