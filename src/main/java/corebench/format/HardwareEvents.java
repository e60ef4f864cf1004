package corebench.format;

/**
 * Whether the benchmark forks could count hardware events (cycles, instructions, last-level-cache misses)
 * through Linux {@code perf}, as machine.json's {@code hardwareEvents} records it: probed once per sweep.
 * Absent events are recorded as absent with the reason, never as zero counts.
 *
 * @param available whether {@code perf stat} counted every event for a child process
 * @param reason    why not, in one line ({@code null} when available)
 * @param c2c       whether {@code perf c2c record} could sample memory accesses (false sharing, HITM), probed
 *                  beside them; {@code null}: not probed (runs before it)
 */
public record HardwareEvents(boolean available, String reason, CacheToCache c2c) {

    /** The events counted, in perf's names: JMH's {@code perfnorm} reports each per operation under these names. */
    public static final String EVENTS = "cycles,instructions,LLC-load-misses";

    /** Without a {@code perf c2c} probe. */
    public HardwareEvents(boolean available, String reason) {
        this(available, reason, null);
    }

    /** Events that could not be counted, for {@code reason}. */
    public static HardwareEvents absent(String reason) {
        return new HardwareEvents(false, reason);
    }

    /** Events counted. */
    public static HardwareEvents counted() {
        return new HardwareEvents(true, null);
    }

    /** These events with {@code perf c2c}'s probe beside them. */
    public HardwareEvents withC2c(CacheToCache probed) {
        return new HardwareEvents(available, reason, probed);
    }

    /** Whether {@code perf c2c record} was probed and worked. */
    public boolean c2cWorks() {
        return c2c != null && c2c.available();
    }

    /**
     * Whether {@code perf c2c record -- true} wrote its samples here (it needs the PMU's memory-access sampling:
     * Intel load latency, AMD IBS, Arm SPE), as machine.json's {@code hardwareEvents.c2c} records it.
     *
     * @param available whether it did
     * @param reason    why not, in one line ({@code null} when available)
     */
    public record CacheToCache(boolean available, String reason) {
    }
}
