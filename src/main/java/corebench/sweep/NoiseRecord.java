package corebench.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What could have disturbed one JMH run of a sweep round (its forks), from a {@link NoiseProbe} snapshot before it
 * and one after: recorded in the run folder's {@code noise.json}; {@link ForkCheck} sets its forks aside when other
 * processes took the step's CPUs, and the report judges whether the machine was quiet.
 *
 * @param cores            the step's core count
 * @param startedUtc       the snapshot before the step
 * @param finishedUtc      the snapshot after it
 * @param seconds          the wall time between them
 * @param cpus             the machine's CPUs
 * @param loadBefore       1-, 5- and 15-minute load averages before the step
 * @param loadAfter        the same after it (they include the step's own work)
 * @param stealPercent     CPU time the hypervisor gave to others, per cent of the machine's CPU time
 * @param otherCpuPercent  CPU time of processes other than this sweep and the JVMs it waited for, per cent
 *                         of the machine's CPU time (100 = every CPU busy with something else)
 * @param ownCpuPercent    this sweep's CPU time (itself, JMH and the forks it reaped), per cent of the machine's
 * @param busyProcesses    the busiest other processes, at most {@link #TOP}
 * @param run              the JMH run it covers ({@code null} in records of a whole step, made before rounds)
 * @param round            its round (0 in records made before rounds)
 */
public record NoiseRecord(int cores, String startedUtc, String finishedUtc, double seconds, int cpus,
                          double[] loadBefore, double[] loadAfter, double stealPercent, double otherCpuPercent,
                          double ownCpuPercent, List<BusyProcess> busyProcesses, String run, int round) {
    /** How many busy processes are named. */
    static final int TOP = 5;
    /** Processes using less than this per cent of one CPU are not named. */
    static final double NAMED_PERCENT = 5;

    /**
     * One other process busy during the step.
     *
     * @param cpuPercent its CPU time during the step with that of the children it reaped, per cent of one
     *                   CPU (a process that started during the step counts all of its time)
     */
    public record BusyProcess(long pid, String command, double cpuPercent) {
    }

    /** The record of a step between two snapshots. */
    public static NoiseRecord between(int cores, NoiseProbe.Snapshot before, NoiseProbe.Snapshot after) {
        long total = Math.max(1, after.cpu().total() - before.cpu().total());
        double perCpu = (double) total / after.cpu().cpus();
        long busy = after.cpu().busy() - before.cpu().busy();
        long own = Math.max(0, after.ownTicks() - before.ownTicks());
        List<BusyProcess> named = new ArrayList<>();
        for (Map.Entry<Long, NoiseProbe.ProcessTicks> e : after.processes().entrySet()) {
            NoiseProbe.ProcessTicks earlier = before.processes().get(e.getKey());
            long ticks = e.getValue().ticks() - (earlier == null ? 0 : earlier.ticks());
            double percent = 100 * ticks / perCpu;
            if (percent >= NAMED_PERCENT) {
                named.add(new BusyProcess(e.getKey(), e.getValue().command(), round(percent)));
            }
        }
        named.sort(Comparator.comparingDouble(BusyProcess::cpuPercent).reversed().thenComparingLong(BusyProcess::pid));
        return new NoiseRecord(cores, before.at().toString(), after.at().toString(),
                round((after.at().toEpochMilli() - before.at().toEpochMilli()) / 1000.0), after.cpu().cpus(),
                before.load(), after.load(),
                round(100.0 * (after.cpu().steal() - before.cpu().steal()) / total),
                round(100.0 * Math.max(0, busy - own) / total), round(100.0 * own / total),
                List.copyOf(named.subList(0, Math.min(TOP, named.size()))), null, 0);
    }

    /** This record as the one of a run's round. */
    public NoiseRecord of(String runName, int roundNumber) {
        return new NoiseRecord(cores, startedUtc, finishedUtc, seconds, cpus, loadBefore, loadAfter, stealPercent,
                otherCpuPercent, ownCpuPercent, busyProcesses, runName, roundNumber);
    }

    /** One line for the console (ASCII). */
    public String summary() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "noise during the run: other processes %.0f%% of the CPUs, steal %.1f%%, load %.2f -> %.2f",
                otherCpuPercent, stealPercent, loadBefore[0], loadAfter[0]));
        if (!busyProcesses.isEmpty()) {
            b.append("; busiest: ").append(String.join(", ", busyProcesses.stream()
                    .map(p -> String.format(Locale.ROOT, "%s (pid %d) %.0f%%", p.command(), p.pid(), p.cpuPercent()))
                    .toList()));
        }
        return b.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
