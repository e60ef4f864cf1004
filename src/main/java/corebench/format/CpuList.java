package corebench.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A Linux CPU list, as {@code taskset}, sysfs and machine.json's {@code plan.steps[].cpus} write it: {@code 0-3,8,10-11}.
 * The sweep writes each step's CPUs this way and the reporter reads them back; the sweep and the forks read
 * their own affinity this way from {@code /proc/self/status}.
 */
public final class CpuList {

    private CpuList() {
    }

    /** The most CPUs a list may name, and its highest CPU number + 1: Linux's own limit (NR_CPUS) on x86-64. */
    public static final int MAX_CPUS = 8192;

    private static final String ALLOWED = "Cpus_allowed_list:";

    /**
     * The CPUs of a list such as {@code 0-3,8,10-11}, ascending; blank parts are ignored.
     *
     * @throws IllegalArgumentException if it is not such a list, or names a CPU beyond {@link #MAX_CPUS}
     */
    public static SortedSet<Integer> parse(String list) {
        SortedSet<Integer> cpus = new TreeSet<>();
        for (String part : list.trim().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.trim().split("-", -1);
            int from = cpu(range[0]);
            int to = range.length == 2 ? cpu(range[1]) : from;
            if (range.length > 2 || to < from) {
                throw new IllegalArgumentException("is not a CPU list such as 0-3,8");
            }
            for (int c = from; c <= to; c++) {
                cpus.add(c);
            }
        }
        return cpus;
    }

    /**
     * The CPUs this process may run on, from the {@code Cpus_allowed_list:} line of {@code /proc/self/status};
     * empty when the lines have none.
     *
     * @throws IllegalArgumentException if that line is not a CPU list
     */
    public static SortedSet<Integer> allowed(List<String> procSelfStatus) {
        SortedSet<Integer> cpus = new TreeSet<>();
        for (String line : procSelfStatus) {
            if (line.startsWith(ALLOWED)) {
                cpus.addAll(parse(line.substring(ALLOWED.length())));
            }
        }
        return cpus;
    }

    private static int cpu(String number) {
        String n = number.trim();
        if (!n.matches("[0-9]{1,5}") || Integer.parseInt(n) >= MAX_CPUS) {
            throw new IllegalArgumentException("is not a CPU list of CPUs 0 to " + (MAX_CPUS - 1));
        }
        return Integer.parseInt(n);
    }

    /** {@code cpus} as a list with ranges of three or more ({@code 0-255}, not 256 numbers), ascending. */
    public static String format(Collection<Integer> cpus) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(cpus));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            parts.add(j - i >= 2 ? sorted.get(i) + "-" + sorted.get(j) : sorted.get(i) + (j > i ? "," + sorted.get(j) : ""));
            i = j + 1;
        }
        return String.join(",", parts);
    }
}
