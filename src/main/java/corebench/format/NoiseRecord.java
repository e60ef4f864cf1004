package corebench.format;

import java.util.List;
import java.util.Locale;

/**
 * What could have disturbed one JMH run of a sweep round (its forks), from a snapshot of Linux's {@code /proc}
 * before it and one after: one of the records of a run folder's {@code noise.json} ({@code steps}). The sweep
 * writes it and sets a run's forks aside when other processes took the step's CPUs; the reporter reads it back
 * to judge whether the machine was quiet. A field a file lacks reads as 0 or {@code null}.
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
 * @param busyProcesses    the busiest other processes, at most {@link #TOP}, busiest first
 * @param run              the JMH run it covers ({@code null} in records of a whole step, made before rounds)
 * @param round            its round (0 in records made before rounds)
 */
public record NoiseRecord(int cores, String startedUtc, String finishedUtc, double seconds, int cpus,
                          double[] loadBefore, double[] loadAfter, double stealPercent, double otherCpuPercent,
                          double ownCpuPercent, List<BusyProcess> busyProcesses, String run, int round) {
    /** How many busy processes a record names at the most. */
    public static final int TOP = 5;

    /**
     * One other process busy during the step.
     *
     * @param cpuPercent its CPU time during the step with that of the children it reaped, per cent of one
     *                   CPU (a process that started during the step counts all of its time)
     */
    public record BusyProcess(long pid, String command, double cpuPercent) {
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
}
