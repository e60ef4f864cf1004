package corebench.report.verdict;

import corebench.format.PairedRatio;
import corebench.report.results.Claim;
import corebench.report.results.Estimate;
import corebench.report.results.Measurement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One model's headline figure in one kind of work, as the verdict ranks it.
 *
 * @param model  the concurrency model
 * @param label  what is ranked, e.g. the model, or {@code platform-pool + partials} for a model with a strategy
 * @param figure the number ranked, with its 99.9% half-width ({@code NaN} error: unknown)
 * @param shown  the figure as a person reads it, e.g. {@code 1.87x +- 0.27 vs sequential}
 * @param claim    whether the measurement behind the figure is claimed: an unclaimed one is never ranked
 * @param perRound the figure per round (empty when unknown): two contenders are told apart by the
 *                 interval of their per-round paired ratio ({@link PairedRatio})
 */
public record Contender(String model, String label, Estimate figure, String shown, Claim claim,
                        Map<Integer, Double> perRound) {

    public Contender {
        perRound = Map.copyOf(perRound);
    }

    /** A claimed contender without per-round figures: told apart from others by its interval alone. */
    public Contender(String model, String label, Estimate figure, String shown) {
        this(model, label, figure, shown, Claim.CLAIMED, Map.of());
    }

    /**
     * A contender whose figure comes from one measurement: proportional to its time per operation
     * ({@code timeLike}, e.g. time per task) or to its inverse (a throughput). Its per-round figures scale
     * the figure by each round's time; an unclaimed measurement's reason is added to what is shown.
     */
    static Contender of(String model, String label, Estimate figure, String shown, Measurement m, boolean timeLike) {
        Map<Integer, Double> rounds = new LinkedHashMap<>();
        double mean = m.secondsPerOp().value();
        m.roundSeconds().forEach((round, seconds) ->
                rounds.put(round, figure.value() * (timeLike ? seconds / mean : mean / seconds)));
        return new Contender(model, label, figure, m.claimed() ? shown : shown + " (" + m.claim().mark() + ")",
                m.claim(), rounds);
    }

    /**
     * Whether the measurements cannot tell the two apart: the interval of their per-round paired ratio
     * holds 1, or without 2 rounds in common, their 99.9% intervals overlap.
     */
    boolean tiedWith(Contender other) {
        PairedRatio ratio = PairedRatio.of(perRound, other.perRound);
        return ratio.rounds() >= 2 ? ratio.tie() : overlaps(other);
    }

    /** The low end of the 99.9% interval; unknown errors make it unbounded. */
    double low() {
        return figure.hasError() ? figure.value() - figure.error() : Double.NEGATIVE_INFINITY;
    }

    /** The high end of the 99.9% interval; unknown errors make it unbounded. */
    double high() {
        return figure.hasError() ? figure.value() + figure.error() : Double.POSITIVE_INFINITY;
    }

    /** Whether the two 99.9% intervals overlap: then the measurements cannot tell the two apart. */
    boolean overlaps(Contender other) {
        return low() <= other.high() && other.low() <= high();
    }
}
