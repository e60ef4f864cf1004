package corebench.report.results;

/**
 * Whether a result is claimed: whether its number and interval stand for what a repeated run would
 * give. A result is not claimed when its {@code jmh.json} entry says {@code "claimed": false}, or when
 * the report's own analysis of its forks finds one fork, forks that never settled, or forks in separate
 * modes ({@link corebench.format.ScoreInterval}).
 *
 * @param reason why it is not claimed; {@code null} when it is
 */
public record Claim(String reason) {

    /** A claimed result. */
    public static final Claim CLAIMED = new Claim(null);

    /** Whether the result is claimed. */
    public boolean claimed() {
        return reason == null;
    }

    /** {@code "not claimed: <reason>"}, or empty when claimed. */
    public String mark() {
        return claimed() ? "" : "not claimed: " + reason;
    }
}
