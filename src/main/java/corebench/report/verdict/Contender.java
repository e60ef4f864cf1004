package corebench.report.verdict;

import corebench.report.results.Estimate;

/**
 * One model's headline figure in one kind of work, as the verdict ranks it.
 *
 * @param model  the concurrency model
 * @param label  what is ranked, e.g. the model, or {@code platform-pool + partials} for a model with a strategy
 * @param figure the number ranked, with its 99.9% half-width ({@code NaN} error: unknown)
 * @param shown  the figure as a person reads it, e.g. {@code 1.87x +- 0.27 vs sequential}
 */
public record Contender(String model, String label, Estimate figure, String shown) {

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
