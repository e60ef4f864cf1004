package corebench.report.results;

import corebench.model.ModelKind;
import java.util.Comparator;
import java.util.List;

/**
 * The concurrency models' result names in their declared order ({@link ModelKind}). The report
 * lists models in this order and gives each a fixed colour; a model not listed here still works and
 * comes after them, alphabetically.
 */
public final class KnownModels {

    /** The model every other one is compared with. */
    public static final String BASELINE = "sequential";

    /** Every model corebench has, in display order (ModelKind's). */
    public static final List<String> NAMES = ModelKind.ids();

    /** Display order: documented models first, others alphabetically. */
    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String m) -> NAMES.contains(m) ? NAMES.indexOf(m) : NAMES.size())
            .thenComparing(Comparator.naturalOrder());

    private KnownModels() {
    }
}
