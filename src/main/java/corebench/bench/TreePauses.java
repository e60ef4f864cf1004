package corebench.bench;

import corebench.worker.HotSpotPerfData;
import corebench.worker.JvmPauses;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * The pauses and compile time so far ({@link JvmPauses}: safepoints, collections, compilation) of this JVM and
 * its live child JVMs, and of worker JVMs read as they were closed ({@link #withExited}), read per JVM from its
 * performance-data file ({@link HotSpotPerfData}).
 *
 * <p>Why this source: HotSpot updates these counters whatever the run's options, and reading them is a file read
 * in the measuring JVM at the window's ends, nothing inside the measured JVMs. The alternatives cost more or need
 * options the forks do not have: JFR streaming ({@code jdk.SafepointBegin}) runs a recorder thread and an event
 * per safepoint in every JVM; {@code sun.management.HotspotRuntimeMBean} needs {@code --add-exports
 * java.management/sun.management} in the fork and cannot see child JVMs; {@code -Xlog:safepoint} writes a line
 * per safepoint and the child JVMs' stdout is their wire.
 *
 * @param byPid process id → its reading; JVMs without perf data are absent
 */
record TreePauses(Map<Long, JvmPauses> byPid) {
    static final TreePauses ABSENT = new TreePauses(Map.of());

    TreePauses {
        byPid = Map.copyOf(byPid);
    }

    /** Whether this JVM's own counters were read: false without perf data (not HotSpot, not Linux, turned off). */
    boolean present() {
        return byPid.containsKey(ProcessHandle.current().pid());
    }

    /** This JVM and its live descendants, now. */
    static TreePauses read() {
        Map<Long, JvmPauses> byPid = new HashMap<>();
        Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants()).forEach(p -> {
            JvmPauses pauses = HotSpotPerfData.pauses(p.pid());
            if (pauses != null) {
                byPid.put(p.pid(), pauses);
            }
        });
        return new TreePauses(byPid);
    }

    /** This reading with the last counters of workers read as they were closed in place of what it read of them. */
    TreePauses withExited(Map<Long, JvmPauses> exited) {
        if (exited.isEmpty()) {
            return this;
        }
        Map<Long, JvmPauses> merged = new HashMap<>(byPid);
        merged.putAll(exited);
        return new TreePauses(merged);
    }

    /**
     * What the JVMs whose pid passes {@code which} did since {@code before}, summed: JVMs read both times count
     * their difference, JVMs started in between count whole, JVMs that exited in between unrecorded are lost.
     */
    JvmPauses since(TreePauses before, LongPredicate which) {
        JvmPauses sum = JvmPauses.ZERO;
        for (Map.Entry<Long, JvmPauses> e : byPid.entrySet()) {
            if (which.test(e.getKey())) {
                sum = sum.plus(e.getValue().minus(before.byPid.getOrDefault(e.getKey(), JvmPauses.ZERO)));
            }
        }
        return sum;
    }
}
