package corebench.sweep;

import corebench.format.NoiseRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what could disturb a measurement from Linux's {@code /proc} (or a copy, for tests): the load average, the
 * machine's CPU time by kind (steal included), this process's CPU time with its reaped children (the JMH JVMs it
 * ran), and every other process's. Two snapshots make a {@link NoiseRecord}.
 */
public final class NoiseProbe {
    /** Processes using less than this per cent of one CPU are not named in a record. */
    static final double NAMED_PERCENT = 5;

    private final Path proc;

    /** Reads {@code proc} ({@code /proc} on Linux). */
    public NoiseProbe(Path proc) {
        this.proc = proc;
    }

    /** This machine's {@code /proc}. */
    public static NoiseProbe system() {
        return new NoiseProbe(Path.of("/proc"));
    }

    /** The noise record of a step between two snapshots: others', steal's and this sweep's share, the busiest others. */
    public static NoiseRecord between(int cores, Snapshot before, Snapshot after) {
        long total = Math.max(1, after.cpu().total() - before.cpu().total());
        double perCpu = (double) total / after.cpu().cpus();
        long busy = after.cpu().busy() - before.cpu().busy();
        long own = Math.max(0, after.ownTicks() - before.ownTicks());
        List<NoiseRecord.BusyProcess> named = new ArrayList<>();
        for (Map.Entry<Long, ProcessTicks> e : after.processes().entrySet()) {
            ProcessTicks earlier = before.processes().get(e.getKey());
            long ticks = e.getValue().ticks() - (earlier == null ? 0 : earlier.ticks());
            double percent = 100 * ticks / perCpu;
            if (percent >= NAMED_PERCENT) {
                named.add(new NoiseRecord.BusyProcess(e.getKey(), e.getValue().command(), round(percent)));
            }
        }
        named.sort(Comparator.comparingDouble(NoiseRecord.BusyProcess::cpuPercent).reversed()
                .thenComparingLong(NoiseRecord.BusyProcess::pid));
        return new NoiseRecord(cores, before.at().toString(), after.at().toString(),
                round((after.at().toEpochMilli() - before.at().toEpochMilli()) / 1000.0), after.cpu().cpus(),
                before.load(), after.load(),
                round(100.0 * (after.cpu().steal() - before.cpu().steal()) / total),
                round(100.0 * Math.max(0, busy - own) / total), round(100.0 * own / total),
                List.copyOf(named.subList(0, Math.min(NoiseRecord.TOP, named.size()))), null, 0);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** What {@code /proc} says now; empty where there is no {@code /proc/stat} (not Linux); fails on a foreign format. */
    public Optional<Snapshot> take() throws IOException {
        if (!Files.isRegularFile(proc.resolve("stat"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Snapshot(Instant.now(), loadAverage(), cpuTimes(), ownTicks(), processes()));
        } catch (RuntimeException e) {
            throw new IOException(proc + ": not in the format Linux writes (" + e.getMessage() + ")", e);
        }
    }

    /**
     * One reading: the 1-, 5- and 15-minute load averages, {@code /proc/stat}'s first line, user + system ticks of this
     * process and its reaped children, and every other process by pid.
     */
    public record Snapshot(Instant at, double[] load, CpuTimes cpu, long ownTicks, Map<Long, ProcessTicks> processes) {
    }

    /** The machine's CPU time by kind, in clock ticks; {@code cpus} is the number of CPUs counted. */
    public record CpuTimes(long busy, long steal, long total, int cpus) {
    }

    /** One process: its command name and the user + system ticks of itself and its reaped children. */
    public record ProcessTicks(String command, long ticks) {
    }

    private double[] loadAverage() throws IOException {
        String[] f = Files.readString(proc.resolve("loadavg")).trim().split("\\s+");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    }

    private CpuTimes cpuTimes() throws IOException {
        List<String> lines = Files.readAllLines(proc.resolve("stat"));
        String[] f = lines.getFirst().trim().split("\\s+");
        if (!f[0].equals("cpu")) {
            throw new IllegalArgumentException("stat does not start with the 'cpu' line");
        }
        // user nice system idle iowait irq softirq steal (guest time is already inside user)
        long[] v = new long[8];
        for (int i = 0; i < v.length && i + 1 < f.length; i++) {
            v[i] = Long.parseLong(f[i + 1]);
        }
        long total = Arrays.stream(v).sum();
        int cpus = (int) lines.stream().filter(l -> l.matches("cpu\\d+\\s.*")).count();
        return new CpuTimes(v[0] + v[1] + v[2] + v[5] + v[6], v[7], total, Math.max(1, cpus));
    }

    private long ownTicks() throws IOException {
        return ticks(Files.readString(proc.resolve("self").resolve("stat")));
    }

    private Map<Long, ProcessTicks> processes() throws IOException {
        long self = Long.parseLong(Files.readString(proc.resolve("self").resolve("stat")).trim().split("\\s+", 2)[0]);
        Map<Long, ProcessTicks> all = new HashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : dirs) {
                long pid = Long.parseLong(dir.getFileName().toString());
                if (pid == self) {
                    continue;
                }
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    all.put(pid, new ProcessTicks(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks(stat)));
                } catch (NoSuchFileException | IllegalArgumentException | IndexOutOfBoundsException gone) {
                    // the process ended while we looked, or is not readable: it is not in this snapshot
                }
            }
        }
        return all;
    }

    /** utime + stime + cutime + cstime of a {@code stat} line (fields 14-17 of proc(5), after the command name). */
    private static long ticks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("a stat line without '(command)'");
        }
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }
}
