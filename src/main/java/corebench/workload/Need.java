package corebench.workload;

/**
 * One condition a workload puts on the model that runs it: that the model has a {@link Trait}, or that
 * it does not. A workload states its needs for a configuration (its parameters decide them, e.g. how many
 * JVMs a chunk size would start), with the reason a reader sees when a model fails it ("not run: ...").
 *
 * @param trait   the trait in question
 * @param present whether the model must have it ({@code true}) or must not have it ({@code false})
 * @param reason  why, as one sentence about the workload, naming no model
 */
public record Need(Trait trait, boolean present, String reason) {

    /** The model must have {@code trait}. */
    public static Need has(Trait trait, String reason) {
        return new Need(trait, true, reason);
    }

    /** The model must not have {@code trait}. */
    public static Need lacks(Trait trait, String reason) {
        return new Need(trait, false, reason);
    }
}
