package corebench.report.results;

import java.util.List;
import java.util.Map;

/**
 * Where one result's core time went, per operation, in seconds (counts for switches, migrations and faults),
 * from the breakdown metrics every result has recorded since 2026-12-06 (docs/results-format.md,
 * {@code userMs} ... {@code stepCpuCount}). A value the result did not record, or recorded as NaN, is NaN.
 *
 * @param values metric name (as in {@code secondaryMetrics}) → amount per operation; milliseconds are
 *               converted to seconds, counts stay counts, {@code stepCpuCount} is the count of CPUs
 */
public record ResourcesPerOp(Map<String, Double> values) {
    /** The breakdown metrics in milliseconds (converted to seconds per operation). */
    public static final List<String> MILLISECONDS = List.of("cpuMs", "userMs", "systemMs",
            "gcCpuMs", "jitCpuMs", "vmThreadCpuMs", "childGcCpuMs", "childJitCpuMs", "safepointMs", "gcPauseMs", "jitMs",
            "childGcPauseMs", "childJitMs",
            "stepCpuBusyMs", "stepCpuIdleMs", "stepCpuStealMs");
    /** The breakdown metrics that count events (per operation). */
    public static final List<String> COUNTS = List.of("gcCount", "childGcCount", "safepoints", "voluntarySwitches",
            "involuntarySwitches", "migrations", "minorFaults", "majorFaults");
    /**
     * Hardware events per operation, from JMH's {@code perfnorm} where the sweep could count them (machine.json's
     * {@code hardwareEvents}), and {@code perf c2c}'s sampled HITM loads in the contention workload (corebench's
     * {@code PerfC2c}; {@code c2cHitmShare} in per cent of the sampled loads): already per operation, the mean over
     * the counted forks. Absent elsewhere, never zero.
     */
    public static final List<String> HARDWARE_EVENTS = List.of("cycles", "instructions",
            "c2cHitm", "c2cLocalHitm", "c2cRemoteHitm", "c2cPeerHits", "c2cHitmShare");
    /** Recorded per iteration, not per operation: the mean iteration value. */
    public static final String STEP_CPU_COUNT = "stepCpuCount";

    /** None recorded (results before the breakdown, or a reading that failed). */
    public static final ResourcesPerOp NONE = new ResourcesPerOp(Map.of());

    public ResourcesPerOp {
        values = Map.copyOf(values);
    }

    /** The value per operation, NaN where not recorded. */
    public double get(String metric) {
        return values.getOrDefault(metric, Double.NaN);
    }

    /** Whether the result recorded the breakdown at all. */
    public boolean present() {
        return Double.isFinite(get("userMs"));
    }
}
