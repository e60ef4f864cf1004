package corebench.report.results;

import java.util.Comparator;
import java.util.List;

/**
 * The model names the report knows, in display order. They are part of the published result format
 * (docs/results-format.md), so the report keeps its own list instead of asking today's code: renaming or
 * reordering a model in the benchmarks does not recolour or reorder old results, and a name not listed
 * here (a newer model, a foreign result) still works: it comes after these, alphabetically, in a
 * fallback colour.
 */
public final class KnownModels {

    /** The model every other one is compared with. */
    public static final String BASELINE = "sequential";

    /** Every model name corebench has published, in display order. */
    public static final List<String> NAMES = List.of("sequential", "platform-pool", "thread-per-task", "virtual",
            "forkjoin", "parallel-stream", "process-pool", "process-per-task", "cluster");

    /** Display order: known models first, others alphabetically. */
    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String m) -> NAMES.contains(m) ? NAMES.indexOf(m) : NAMES.size())
            .thenComparing(Comparator.naturalOrder());

    private KnownModels() {
    }
}
