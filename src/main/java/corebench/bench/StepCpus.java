package corebench.bench;

import corebench.format.CpuList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The per-CPU counters of {@code /proc/stat} summed over exactly the CPUs this JVM may run on (its
 * affinity, {@code Cpus_allowed_list} of {@code /proc/self/status}: the sweep's step), in 10 ms ticks:
 * busy (user, nice, system, irq, softirq), idle (idle, iowait) and steal. Guest time is inside user and is
 * not added again. Off Linux {@link #ABSENT}.
 *
 * @param cpus   how many CPUs were summed
 * @param busy   busy ticks of all processes on them, corebench's own and others'
 * @param idle   idle and I/O-wait ticks
 * @param steal  ticks the hypervisor gave to someone else
 */
record StepCpus(int cpus, long busy, long idle, long steal) {
    static final StepCpus ABSENT = new StepCpus(0, -1, -1, -1);

    boolean present() {
        return busy >= 0;
    }

    /** Now, for this JVM's CPUs. */
    static StepCpus read() {
        try {
            Set<Integer> allowed = CpuList.allowed(Files.readAllLines(Path.of("/proc/self/status")));
            return of(Files.readAllLines(Path.of("/proc/stat")), allowed);
        } catch (IOException | RuntimeException e) {
            return ABSENT;
        }
    }

    /** The sum of the {@code cpuN} lines of {@code /proc/stat} whose N is in {@code allowed}. */
    static StepCpus of(List<String> procStat, Set<Integer> allowed) {
        int cpus = 0;
        long busy = 0;
        long idle = 0;
        long steal = 0;
        for (String line : procStat) {
            if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (!allowed.contains(Integer.parseInt(f[0].substring(3)))) {
                continue;
            }
            long[] v = new long[8];
            for (int i = 0; i < v.length && i + 1 < f.length; i++) {
                v[i] = Long.parseLong(f[i + 1]);
            }
            // user nice system idle iowait irq softirq steal
            busy += v[0] + v[1] + v[2] + v[5] + v[6];
            idle += v[3] + v[4];
            steal += v[7];
            cpus++;
        }
        return cpus == 0 ? ABSENT : new StepCpus(cpus, busy, idle, steal);
    }
}
