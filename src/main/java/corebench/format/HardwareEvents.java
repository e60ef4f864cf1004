package corebench.format;

/**
 * Whether the benchmark forks could count hardware events (cycles, instructions, last-level-cache misses)
 * through Linux {@code perf}, as machine.json's {@code hardwareEvents} records it: probed once per sweep.
 * Absent events are recorded as absent with the reason, never as zero counts.
 *
 * @param available whether {@code perf stat} counted every event for a child process
 * @param reason    why not, in one line ({@code null} when available)
 */
public record HardwareEvents(boolean available, String reason) {

    /** The events counted, in perf's names: JMH's {@code perfnorm} reports each per operation under these names. */
    public static final String EVENTS = "cycles,instructions,LLC-load-misses";

    /** Events that could not be counted, for {@code reason}. */
    public static HardwareEvents absent(String reason) {
        return new HardwareEvents(false, reason);
    }

    /** Events counted. */
    public static HardwareEvents counted() {
        return new HardwareEvents(true, null);
    }
}
