package corebench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor.LogicalProcessor;

/**
 * How a core-count step is confined to k CPUs: Linux affinity through {@code taskset}, inherited by the
 * benchmark JVM, JMH's forks and every child JVM. CPUs are taken one physical core at a time (SMT
 * siblings last) and spread over sockets, so "2 cores" means two real cores where the machine has them.
 *
 * @param available whether steps are really restricted; where not, only -XX:ActiveProcessorCount applies
 * @param method    {@code taskset} or {@code none}
 * @param note      why not, or what exactly is done, in words for the results
 * @param cpuOrder  the logical CPU numbers in the order steps take them
 */
public record CpuRestriction(boolean available, String method, String note, List<Integer> cpuOrder) {

    /** Probes this machine. */
    public static CpuRestriction probe() {
        List<Integer> order = probeCpuOrder();
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return none(order, "CPU affinity is only applied on Linux");
        }
        if (!commandWorks("taskset", "-c", String.valueOf(order.get(0)), "true")) {
            return none(order, "taskset (util-linux) is missing or may not set CPU affinity here");
        }
        return new CpuRestriction(true, "taskset",
                "each step's JVMs are confined with taskset to its CPUs, one physical core at a time; "
                        + "-XX:ActiveProcessorCount matches", order);
    }

    private static CpuRestriction none(List<Integer> order, String why) {
        return new CpuRestriction(false, "none", why + ": every step may run on all CPUs; only "
                + "-XX:ActiveProcessorCount=k sizes the JVM's defaults, so core counts below the machine's "
                + "are not truly restricted", order);
    }

    /** The CPUs of a k-core step, as a taskset list such as {@code 0,2,4}. */
    public String cpuList(int cores) {
        if (cores < 1 || cores > cpuOrder.size()) {
            throw new IllegalArgumentException("cannot use " + cores + " CPUs; this machine allows " + cpuOrder.size());
        }
        return String.join(",", cpuOrder.subList(0, cores).stream().sorted().map(String::valueOf).toList());
    }

    /** The command prefix that confines a process to a k-core step (empty where unavailable). */
    public List<String> commandPrefix(int cores) {
        return available ? List.of("taskset", "-c", cpuList(cores)) : List.of();
    }

    /** How many CPUs steps can use: those this process may run on. */
    public int maxCores() {
        return cpuOrder.size();
    }

    /** Logical CPUs this process may use, ordered so a prefix of k spans k physical cores first. */
    static List<Integer> probeCpuOrder() {
        Set<Integer> allowed = allowedCpus();
        List<LogicalProcessor> cpus = new ArrayList<>(new SystemInfo().getHardware().getProcessor().getLogicalProcessors());
        cpus.removeIf(c -> !allowed.isEmpty() && !allowed.contains(c.getProcessorNumber()));
        Map<Long, Integer> siblingRank = new HashMap<>();
        Map<LogicalProcessor, Integer> rank = new HashMap<>();
        cpus.sort(Comparator.comparingInt(LogicalProcessor::getProcessorNumber));
        for (LogicalProcessor c : cpus) {
            long core = ((long) c.getPhysicalPackageNumber() << 32) | c.getPhysicalProcessorNumber();
            rank.put(c, siblingRank.merge(core, 1, Integer::sum) - 1);
        }
        cpus.sort(Comparator.<LogicalProcessor>comparingInt(rank::get)
                .thenComparingInt(LogicalProcessor::getPhysicalProcessorNumber)
                .thenComparingInt(LogicalProcessor::getPhysicalPackageNumber)
                .thenComparingInt(LogicalProcessor::getProcessorNumber));
        List<Integer> order = cpus.stream().map(LogicalProcessor::getProcessorNumber).toList();
        if (order.isEmpty()) {
            order = java.util.stream.IntStream.range(0, Runtime.getRuntime().availableProcessors()).boxed().toList();
        }
        return order;
    }

    /** The CPUs in this process's affinity mask (Linux), or empty when unknown. */
    private static Set<Integer> allowedCpus() {
        Set<Integer> cpus = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    for (String part : line.substring(line.indexOf(':') + 1).trim().split(",")) {
                        String[] range = part.trim().split("-");
                        int from = Integer.parseInt(range[0]);
                        int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                        for (int c = from; c <= to; c++) {
                            cpus.add(c);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            cpus.clear(); // not Linux or unreadable: fall back to every CPU OSHI lists
        }
        return cpus;
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
