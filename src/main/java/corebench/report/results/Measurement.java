package corebench.report.results;

import corebench.format.Confidence;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * One JMH result of a corebench benchmark: a scenario run by one model with some workers on some cores.
 *
 * @param scenario      the workload and its parameters
 * @param model         the concurrency model ({@code params.model})
 * @param workers       the model's parallelism ({@code params.workers})
 * @param cores         the CPUs the run could use: {@code params.cores}, or for an unrestricted run
 *                      ({@code cores=0}) the CPUs its workers could occupy, {@code min(workers, logical CPUs)}
 * @param restricted    whether the sweep restricted the JVM to {@code cores} CPUs
 * @param secondsPerOp  the score in seconds per operation with the half-width of its 99.9% interval over forks
 *                      ({@link ForkReading}; {@code NaN} when not claimed)
 * @param samples       how many values the interval was computed from (settled forks; for results without
 *                      rawData JMH's iterations); 0 if unknown
 * @param work          the work of one operation by unit ({@code cell updates}, {@code bytes}, ...): as the
 *                      result recorded it, or for an old-format result as its parameters implied; empty
 *                      when it is counted in operations only
 * @param source        the file it was read from
 * @param forkSpread    the lowest and highest fork mean, or {@code null} with a single fork
 * @param precision     the sweep's precision target and what it reached, or {@code null} when none was set
 * @param claim         whether the result is claimed ({@link Claim})
 * @param roundSeconds  each settled fork's steady-state mean in seconds per operation, by round (empty when
 *                      unknown): what ratios pair ({@link corebench.format.PairedRatio})
 * @param capacity      what the machine delivered to its forks, and the forks set aside ({@link ForkCapacity#NONE}
 *                      when not recorded)
 */
public record Measurement(Scenario scenario, String model, int workers, int cores, boolean restricted,
                          Estimate secondsPerOp, int samples, Map<String, Double> work, Path source,
                          ForkSpread forkSpread, Precision precision, Claim claim, Map<Integer, Double> roundSeconds,
                          ForkCapacity capacity) {

    public Measurement {
        work = Collections.unmodifiableMap(new LinkedHashMap<>(work));
        roundSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(roundSeconds));
    }

    /** A claimed measurement with no per-round figures (tests, derived results). */
    public Measurement(Scenario scenario, String model, int workers, int cores, boolean restricted,
                       Estimate secondsPerOp, int samples, Map<String, Double> work, Path source,
                       ForkSpread forkSpread, Precision precision) {
        this(scenario, model, workers, cores, restricted, secondsPerOp, samples, work, source, forkSpread, precision,
                Claim.CLAIMED, Map.of(), ForkCapacity.NONE);
    }

    /** The same measurement not claimed, for {@code claim}'s reason: like every result not claimed, it has no interval. */
    public Measurement unclaimed(Claim claim) {
        return new Measurement(scenario, model, workers, cores, restricted, new Estimate(secondsPerOp.value(), Double.NaN),
                samples, work, source, forkSpread, precision, claim, roundSeconds, capacity);
    }

    /** Whether the result is claimed. */
    public boolean claimed() {
        return claim.claimed();
    }

    /** Whether the sweep set a precision target for it that it did not meet. */
    public boolean missedTarget() {
        return precision != null && !precision.met();
    }

    /**
     * The standard error of the score relative to the score, recovered from JMH's confidence interval:
     * JMH computes its half-width as {@code t(0.9995, n-1) * stddev / sqrt(n)}, so dividing by the same
     * Student-t quantile gives back {@code stddev / sqrt(n)}. Fits weight points by this. With an unknown
     * {@code n} the normal quantile is used (a smaller divisor, so a more cautious error).
     */
    public double relativeStandardError() {
        double quantile = samples > 1
                ? Confidence.tQuantile(samples)
                : new NormalDistribution().inverseCumulativeProbability(0.5 + Confidence.LEVEL / 2);
        return secondsPerOp.relativeError() / quantile;
    }

    /** Where the run sat: on the scaling curve, oversubscribed or with idle cores. */
    public Placement placement() {
        return workers == cores ? Placement.SCALING : workers > cores ? Placement.OVERSUBSCRIBED : Placement.UNDERSUBSCRIBED;
    }

    /** The key that must be unique in a run: everything but the score. */
    public String identity() {
        return scenario.fullName() + " model=" + model + " workers=" + workers + " cores=" + cores
                + (restricted ? "" : " (unrestricted)");
    }
}
