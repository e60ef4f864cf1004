package corebench.sweep;

import java.util.OptionalDouble;

/**
 * How precise each result must be: a target for the half-width of JMH's 99.9% confidence interval,
 * relative to the score. The headline scenarios (Monte Carlo, grid Jacobi), on which the report's
 * conclusions rest, get a tighter target than the rest.
 *
 * @param headlinePercent target for Monte Carlo and grid Jacobi results, in per cent ({@code 0}: off)
 * @param otherPercent    target for every other result, in per cent ({@code 0}: off)
 */
public record PrecisionTarget(double headlinePercent, double otherPercent) {
    /** The default: +-5% for the headline scenarios, +-15% for the rest. */
    public static final PrecisionTarget DEFAULT = new PrecisionTarget(5, 15);
    /** No target: every benchmark runs once with the plan's settings. */
    public static final PrecisionTarget OFF = new PrecisionTarget(0, 0);

    public PrecisionTarget {
        if (!(headlinePercent >= 0 && otherPercent >= 0) || headlinePercent > 100 || otherPercent > 100) {
            throw new IllegalArgumentException("precision targets are per cent between 0 and 100, were "
                    + headlinePercent + " and " + otherPercent);
        }
    }

    /**
     * {@code off}, one per cent for every result ({@code 5}), or headline and other ({@code 5,15}).
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static PrecisionTarget parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("off")) {
            return OFF;
        }
        String[] parts = t.replace("%", "").split(",", -1);
        try {
            if (parts.length == 1) {
                double p = positive(parts[0]);
                return new PrecisionTarget(p, p);
            }
            if (parts.length == 2) {
                return new PrecisionTarget(positive(parts[0]), positive(parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--precision takes 'off', a per cent (5) or headline,other per cent (5,15); was '"
                + text + "'");
    }

    private static double positive(String s) {
        double p = Double.parseDouble(s.trim());
        if (!(p > 0 && p <= 100)) {
            throw new NumberFormatException(s);
        }
        return p;
    }

    /** Whether any result has a target. */
    public boolean enabled() {
        return headlinePercent > 0 || otherPercent > 0;
    }

    /** The target of a result of a headline run ({@link JmhRun#headline}) or another, as a fraction of its score (0.05 for +-5%). */
    public OptionalDouble fractionFor(boolean headline) {
        double percent = headline ? headlinePercent : otherPercent;
        return percent > 0 ? OptionalDouble.of(percent / 100) : OptionalDouble.empty();
    }

    /** For the console and machine.json: {@code +-5% (headline), +-15% (others)} or {@code off}. */
    public String describe() {
        if (!enabled()) {
            return "off";
        }
        return headlinePercent == otherPercent ? "+-" + percent(headlinePercent) + " (every result)"
                : describe(headlinePercent) + " (Monte Carlo, grid Jacobi), " + describe(otherPercent) + " (others)";
    }

    private static String describe(double percent) {
        return percent > 0 ? "+-" + percent(percent) : "none";
    }

    /** Per cent without a needless ".0". */
    static String percent(double p) {
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
