package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import corebench.format.NoiseRecord;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the machine delivered a step's k CPUs to a fork, from the capacity probe before and after its measured
 * iterations ({@code CapacityProfiler}) and the {@link NoiseRecord} of its invocation. A fork is set aside when the
 * probe saw less than {@value #LEAST_CAPACITY} of k CPUs or a CPU below {@value #LEAST_SLOWEST} of its rate, or when
 * other processes took more than the CPUs outside the step plus {@value #SPILL} of k. The probe credits the fork's own
 * work (its JIT, its workers), so what the rest went to is outside the fork; the reason says what the fork got.
 *
 * @param capacity   CPUs delivered (the lower of before and after), {@code NaN} when not probed
 * @param slowestCpu the slowest CPU's share of its one-thread rate (the lower of before and after), or {@code NaN}
 * @param otherCpus  CPUs other processes used during the invocation, or {@code NaN} without a noise record
 * @param reason     why the fork is set aside, or {@code null} when it was served
 */
public record ForkCheck(double capacity, double slowestCpu, double otherCpus, String reason) {
    /** Least share of k CPUs a served fork saw delivered. */
    static final double LEAST_CAPACITY = 0.8;
    /** Least share of its one-thread rate the slowest CPU of a served fork ran at. */
    static final double LEAST_SLOWEST = 0.6;
    /** Share of k CPUs other processes may take beyond the CPUs outside the step. */
    static final double SPILL = 0.25;

    /** Whether the fork counts. */
    public boolean served() {
        return reason == null;
    }

    /** The check of one fork's result at a step of {@code cores} CPUs, with its run's noise record if taken. */
    static ForkCheck of(JsonNode result, int cores, Optional<NoiseRecord> noise) {
        JsonNode metrics = result.path("secondaryMetrics");
        double capacity = least(score(metrics, "capacityBefore"), score(metrics, "capacityAfter"));
        double slowest = least(score(metrics, "slowestCpuBefore"), score(metrics, "slowestCpuAfter"));
        double others = noise.map(n -> n.otherCpuPercent() / 100 * n.cpus()).orElse(Double.NaN);
        String reason = null;
        if (capacity < LEAST_CAPACITY * cores) {
            reason = String.format(Locale.ROOT, "the capacity probe got %.2f of %d CPUs", capacity, cores);
        } else if (slowest < LEAST_SLOWEST) {
            reason = String.format(Locale.ROOT, "one of its CPUs ran at %.0f%% of its rate", 100 * slowest);
        } else if (noise.isPresent() && others > noise.get().cpus() - cores + SPILL * cores) {
            reason = String.format(Locale.ROOT, "other processes took %.2f CPUs while %d of %d were free for them", others,
                    noise.get().cpus() - cores, noise.get().cpus());
        }
        return new ForkCheck(capacity, slowest, others, reason);
    }

    /** The lower of two values, either of which may be missing ({@code NaN}). */
    private static double least(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /** A metric's score, {@code NaN} when absent (JMH writes non-finite numbers as strings). */
    private static double score(JsonNode metrics, String name) {
        JsonNode score = metrics.path(name).path("score");
        return score.isNumber() ? score.asDouble() : Double.NaN;
    }
}
