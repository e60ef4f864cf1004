package corebench.report.results;

import java.util.Comparator;
import java.util.List;

/**
 * The concurrency models' result names in their documented order (docs/results-format.md). The report
 * lists models in this order and gives each a fixed colour; a model not listed here still works and
 * comes after them, alphabetically.
 */
public final class KnownModels {

    /** The model every other one is compared with. */
    public static final String BASELINE = "sequential";

    /** Every documented model name, in display order. */
    public static final List<String> NAMES = List.of("sequential", "platform-pool", "thread-per-task", "virtual",
            "forkjoin", "parallel-stream", "process-pool", "process-per-task");

    /** Display order: documented models first, others alphabetically. */
    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String m) -> NAMES.contains(m) ? NAMES.indexOf(m) : NAMES.size())
            .thenComparing(Comparator.naturalOrder());

    private KnownModels() {
    }
}
