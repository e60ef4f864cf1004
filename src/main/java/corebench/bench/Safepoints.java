package corebench.bench;

import corebench.worker.HotSpotPerfData;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long and how often this JVM and its live child JVMs (and worker JVMs that recorded their exit, {@link
 * #withExited}) stopped at safepoints so far: per JVM, HotSpot's
 * own counters {@code sun.rt.safepointSyncTime} (time to reach the safepoints) + {@code sun.rt.safepointTime}
 * (time at them), in ticks of {@code sun.os.hrt.frequency}, and {@code sun.rt.safepoints}, read from each
 * JVM's performance-data file ({@link HotSpotPerfData}).
 *
 * <p>Why this source: HotSpot updates these counters at every safepoint whatever the run's options, and
 * reading them is a file read in the measuring JVM at the window's ends, nothing inside the measured JVMs. The
 * alternatives cost more or need options the forks do not have: JFR streaming ({@code jdk.SafepointBegin})
 * runs a recorder thread and an event per safepoint in every JVM; {@code sun.management.HotspotRuntimeMBean}
 * needs {@code --add-exports java.management/sun.management} in the fork and cannot see child JVMs;
 * {@code -Xlog:safepoint} writes a line per safepoint and the child JVMs' stdout is their wire.
 *
 * @param byPid process id → {milliseconds at and to safepoints, safepoints}; JVMs without perf data are absent
 */
record Safepoints(Map<Long, double[]> byPid) {
    static final Safepoints ABSENT = new Safepoints(Map.of());

    Safepoints {
        byPid = Map.copyOf(byPid);
    }

    /** Whether this JVM's own counters were read: false without perf data (not HotSpot, not Linux, turned off). */
    boolean present() {
        return byPid.containsKey(ProcessHandle.current().pid());
    }

    /** This JVM and its live descendants, now. */
    static Safepoints read() {
        Map<Long, double[]> byPid = new HashMap<>();
        Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants()).forEach(p -> {
            double[] safepoints = HotSpotPerfData.safepoints(p.pid());
            if (safepoints != null) {
                byPid.put(p.pid(), safepoints);
            }
        });
        return new Safepoints(byPid);
    }

    /** This reading with the last counters of workers that recorded their exit in place of what it read of them. */
    Safepoints withExited(Map<Long, double[]> exited) {
        if (exited.isEmpty()) {
            return this;
        }
        Map<Long, double[]> merged = new HashMap<>(byPid);
        merged.putAll(exited);
        return new Safepoints(merged);
    }

    /**
     * {milliseconds, safepoints} since {@code before}, summed over the JVMs: JVMs read both times count their
     * difference, JVMs started in between count whole, JVMs that exited in between are lost.
     */
    double[] since(Safepoints before) {
        double[] sum = new double[2];
        byPid.forEach((pid, now) -> {
            double[] then = before.byPid.getOrDefault(pid, new double[2]);
            sum[0] += now[0] - then[0];
            sum[1] += now[1] - then[1];
        });
        return sum;
    }
}
