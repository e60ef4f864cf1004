package corebench.worker;

import corebench.worker.JvmThreads.Counters;
import java.util.HashMap;
import java.util.Map;

/**
 * The last per-thread counters ({@link JvmThreads}) and pauses ({@link HotSpotPerfData#pauses}: safepoints, GC, JIT)
 * of workers that end while this JVM measures: a parent that reads {@code /proc} and the perf data at the end of a
 * measured window finds a child JVM that exited inside it gone (process-per-task starts and ends a JVM per
 * submission), so {@link WorkerConnection#close} reads the worker here, while it waits idle for a frame, right before
 * it ends it. The reading is done by the parent, whose reading code is compiled, not by the exiting worker, where the
 * same code runs cold. Nothing is read until {@link #record} is called (the benchmark JVM does while it measures),
 * and a worker killed rather than closed is not read.
 */
public final class ExitRecords {
    private static boolean recording;
    private static Map<String, Counters> threads = new HashMap<>();
    private static Map<Long, JvmPauses> pauses = new HashMap<>();

    private ExitRecords() {
    }

    /**
     * What the workers that ended left: their threads keyed {@code "<pid>/<tid>"} as {@link JvmThreads#of} keys
     * them, and their pauses by pid.
     */
    public record Exits(Map<String, Counters> threads, Map<Long, JvmPauses> pauses) {
        public Exits {
            threads = Map.copyOf(threads);
            pauses = Map.copyOf(pauses);
        }
    }

    /** From now on, workers closed by this JVM are read on their way out. */
    public static synchronized void record() {
        recording = true;
    }

    /** Reads the worker {@code pid}, about to be closed, if this JVM records. Never fails. */
    static void read(long pid) {
        synchronized (ExitRecords.class) {
            if (!recording) {
                return;
            }
        }
        Map<String, Counters> last = JvmThreads.of(pid);
        JvmPauses paused = HotSpotPerfData.pauses(pid);
        synchronized (ExitRecords.class) {
            threads.putAll(last);
            if (paused != null) {
                pauses.put(pid, paused);
            }
        }
    }

    /** What every worker read since the last take left; empty when this JVM does not record. */
    public static synchronized Exits take() {
        Exits exits = new Exits(threads, pauses);
        threads = new HashMap<>();
        pauses = new HashMap<>();
        return exits;
    }
}
