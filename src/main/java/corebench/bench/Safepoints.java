package corebench.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How long and how often this JVM and its live child JVMs stopped at safepoints so far: per JVM, HotSpot's
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
    private static final String SYNC = "sun.rt.safepointSyncTime";
    private static final String AT = "sun.rt.safepointTime";
    private static final String COUNT = "sun.rt.safepoints";
    private static final String FREQUENCY = "sun.os.hrt.frequency";
    private static final Set<String> NAMES = Set.of(SYNC, AT, COUNT, FREQUENCY);

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
            HotSpotPerfData data = HotSpotPerfData.read(p.pid(), NAMES);
            long frequency = data.get(FREQUENCY);
            if (frequency > 0 && data.get(SYNC) >= 0 && data.get(AT) >= 0 && data.get(COUNT) >= 0) {
                byPid.put(p.pid(), new double[] {(data.get(SYNC) + data.get(AT)) * 1e3 / frequency, data.get(COUNT)});
            }
        });
        return new Safepoints(byPid);
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
