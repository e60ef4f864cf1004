package corebench.worker;

/**
 * What one HotSpot JVM's performance data ({@link HotSpotPerfData#pauses}) says of its pauses and compilation
 * so far, or a sum or difference of such readings; a counter the JVM did not publish is NaN.
 *
 * @param safepointMs time reaching and at safepoints ({@code sun.rt.safepointSyncTime + sun.rt.safepointTime}), ms
 * @param safepoints  safepoints ({@code sun.rt.safepoints})
 * @param gcPauseMs   collection time of every collector ({@code sun.gc.collector.<n>.time} summed, as {@code jstat}'s
 *                    GCT; the same time as the collectors' {@code GarbageCollectorMXBean}s), ms
 * @param gcCount     collections of every collector ({@code sun.gc.collector.<n>.invocations} summed)
 * @param jitMs       compile time ({@code java.ci.totalTime}, {@code jstat -compiler}'s Time; the {@code
 *                    CompilationMXBean}'s), ms
 */
public record JvmPauses(double safepointMs, double safepoints, double gcPauseMs, double gcCount, double jitMs) {
    /** Nothing yet: the reading before a JVM started. */
    public static final JvmPauses ZERO = new JvmPauses(0, 0, 0, 0, 0);

    public JvmPauses plus(JvmPauses o) {
        return new JvmPauses(safepointMs + o.safepointMs, safepoints + o.safepoints, gcPauseMs + o.gcPauseMs,
                gcCount + o.gcCount, jitMs + o.jitMs);
    }

    public JvmPauses minus(JvmPauses o) {
        return plus(new JvmPauses(-o.safepointMs, -o.safepoints, -o.gcPauseMs, -o.gcCount, -o.jitMs));
    }
}
