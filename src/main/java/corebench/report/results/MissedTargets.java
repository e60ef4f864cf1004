package corebench.report.results;

import java.util.List;
import java.util.Locale;

/**
 * The warning about results that missed their precision target: their intervals are wider than the
 * sweep asked for, so differences between them may not be real. Each one is also marked in the tables.
 */
final class MissedTargets {
    /** Results named in the warning; the rest are counted (the tables mark them all). */
    static final int NAMED = 10;

    /** What the warning says, so that the report can put it among the warnings that change the reading. */
    static final String MARK = "missed their precision target";

    private MissedTargets() {
    }

    /** The warning, or none when every result with a target met it. */
    static List<String> warnings(List<Measurement> measurements) {
        List<Measurement> missed = measurements.stream().filter(Measurement::missedTarget).toList();
        if (missed.isEmpty()) {
            return List.of();
        }
        long withTarget = measurements.stream().filter(m -> m.precision() != null).count();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%d of %d results " + MARK + " (their 99.9%% intervals are wider than asked, so"
                        + " differences between them may be noise; marked in the tables): ", missed.size(), withTarget));
        for (int i = 0; i < Math.min(NAMED, missed.size()); i++) {
            Measurement m = missed.get(i);
            b.append(i == 0 ? "" : "; ").append(m.identity()).append(' ').append(describe(m.precision()));
        }
        if (missed.size() > NAMED) {
            b.append("; and ").append(missed.size() - NAMED).append(" more");
        }
        return List.of(b.toString());
    }

    /** {@code +-12.3% (target +-5%, 3 attempts, allowance spent)}. */
    static String describe(Precision p) {
        return "+-" + p.reached() + " (target +-" + p.target() + ", " + p.attemptsText() + ", " + p.stop() + ")";
    }
}
