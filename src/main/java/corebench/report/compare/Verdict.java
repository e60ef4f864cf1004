package corebench.report.compare;

import corebench.report.results.Estimate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who wins one {@link Metric} for one model in one scenario, by how much, and whether that is more than
 * the errors. The margin is the winner's figure ÷ the runner-up's, errors propagated.
 *
 * @param metric       what was compared
 * @param winner       the machine with the highest figure
 * @param runnerUp     the next one (empty: only one machine has the figure)
 * @param margin       winner ÷ runner-up ({@link Estimate#NONE} without a runner-up)
 * @param significance whether the difference is beyond the errors
 */
public record Verdict(Metric metric, Standing winner, Optional<Standing> runnerUp, Estimate margin,
                      Significance significance) {

    /** How a difference relates to its errors. */
    public enum Significance {
        /** The two 99.9% confidence intervals do not overlap. */
        CLEAR("beyond errors", "the 99.9% CIs do not overlap"),
        /** They overlap: the measurements cannot tell the machines apart. */
        WITHIN_ERRORS("within errors", "the 99.9% CIs overlap"),
        /** At least one figure has no error estimate (too few iterations). */
        UNKNOWN("error unknown", "too few iterations for an error estimate"),
        /** Only one machine has the figure. */
        NO_CONTEST("no contest", "only one machine has this figure");

        private final String label;
        private final String reason;

        Significance(String label, String reason) {
            this.label = label;
            this.reason = reason;
        }

        /** In a word or two, e.g. {@code beyond errors}. */
        public String label() {
            return label;
        }

        /** Why, e.g. {@code the 99.9% CIs do not overlap}. */
        public String reason() {
            return reason;
        }
    }

    /** The verdict among the standings that have the figure; empty if none has it. */
    static Optional<Verdict> of(Metric metric, List<Standing> standings) {
        List<Standing> ranked = standings.stream().filter(s -> s.figure(metric).present())
                .sorted(Comparator.comparingDouble((Standing s) -> s.figure(metric).value()).reversed())
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Standing winner = ranked.getFirst();
        if (ranked.size() == 1) {
            return Optional.of(new Verdict(metric, winner, Optional.empty(), Estimate.NONE, Significance.NO_CONTEST));
        }
        Standing second = ranked.get(1);
        Estimate best = winner.figure(metric);
        Estimate next = second.figure(metric);
        Significance significance = !best.hasError() || !next.hasError() ? Significance.UNKNOWN
                : best.value() - best.error() > next.value() + next.error() ? Significance.CLEAR
                : Significance.WITHIN_ERRORS;
        return Optional.of(new Verdict(metric, winner, Optional.of(second), best.dividedBy(next), significance));
    }
}
