package corebench.sweep;

import corebench.format.CpuList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How a core-count step is confined to k CPUs: Linux affinity through {@code taskset}, inherited by the benchmark JVM,
 * JMH's forks and every child JVM, taking CPUs one physical core at a time in {@link CpuTopology.Order}.
 *
 * @param available whether steps are really restricted; where not, only -XX:ActiveProcessorCount applies
 * @param method    {@code taskset}, {@code none}, or {@code assumed} (a dry run for another machine)
 * @param note      why not, or what exactly is done, in words for the results
 * @param cpuOrder  the logical CPU numbers in the order steps take them ({@code order}: spread or compact)
 * @param topology  every usable CPU's place ({@code null} in older results)
 */
public record CpuRestriction(boolean available, String method, String note, List<Integer> cpuOrder, String order,
                             CpuTopology topology) {

    /** Probes this machine, taking CPUs spread over sockets. */
    public static CpuRestriction probe() {
        return probe(CpuTopology.Order.SPREAD);
    }

    /** Probes this machine, taking CPUs in {@code order}. */
    public static CpuRestriction probe(CpuTopology.Order order) {
        CpuTopology topology = CpuTopology.probe().restrictedTo(allowedCpus());
        List<Integer> cpus = topology.order(order);
        if (cpus.isEmpty()) {
            cpus = IntStream.range(0, Runtime.getRuntime().availableProcessors()).boxed().toList();
        }
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return none(cpus, order, topology, "CPU affinity is only applied on Linux");
        }
        if (!commandWorks("taskset", "-c", String.valueOf(cpus.get(0)), "true")) {
            return none(cpus, order, topology, "taskset (util-linux) is missing or may not set CPU affinity here");
        }
        return new CpuRestriction(true, "taskset",
                "each step's JVMs are confined with taskset to its CPUs, one physical core at a time ("
                        + describe(order) + "); -XX:ActiveProcessorCount matches", cpus, order.id(), topology);
    }

    /** A machine one plans for but is not on ({@code sweep --dry-run --assume-cpus}): nothing is run on it. */
    public static CpuRestriction assumed(CpuTopology topology, CpuTopology.Order order) {
        return new CpuRestriction(true, "assumed", "planned for an assumed machine of " + topology.cpus().size()
                + " CPUs (" + describe(order) + "); nothing runs on it", topology.order(order), order.id(), topology);
    }

    private static String describe(CpuTopology.Order order) {
        return order == CpuTopology.Order.SPREAD ? "spread over sockets" : "one socket filled before the next";
    }

    private static CpuRestriction none(List<Integer> order, CpuTopology.Order how, CpuTopology topology, String why) {
        return new CpuRestriction(false, "none", why + ": every step may run on all CPUs; only "
                + "-XX:ActiveProcessorCount=k sizes the JVM's defaults, so core counts below the machine's "
                + "are not truly restricted", order, how.id(), topology);
    }

    /** The CPUs of a k-core step, as a taskset list such as {@code 0,2,4} or {@code 0-7}. */
    public String cpuList(int cores) {
        if (cores < 1 || cores > cpuOrder.size()) {
            throw new IllegalArgumentException("cannot use " + cores + " CPUs; this machine allows " + cpuOrder.size());
        }
        return CpuList.format(cpuOrder.subList(0, cores));
    }

    /** The command prefix that confines a process to a k-core step (empty where unavailable). */
    public List<String> commandPrefix(int cores) {
        return available ? List.of("taskset", "-c", cpuList(cores)) : List.of();
    }

    /** How many CPUs steps can use: those this process may run on. */
    public int maxCores() {
        return cpuOrder.size();
    }

    /** The CPUs in this process's affinity mask (Linux), or empty when unknown. */
    private static Set<Integer> allowedCpus() {
        try {
            return CpuList.allowed(Files.readAllLines(Path.of("/proc/self/status")));
        } catch (IOException | RuntimeException e) {
            return Set.of(); // not Linux or unreadable: fall back to every CPU OSHI lists
        }
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
