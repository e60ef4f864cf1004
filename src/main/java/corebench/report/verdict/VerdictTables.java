package corebench.report.verdict;

import corebench.report.render.Numbers;
import corebench.report.results.Estimate;
import java.util.List;
import java.util.Optional;

/**
 * The verdict's three tables as header and cells, shared by the HTML page, summary.md, the README and
 * the console, so they all say the same: the verdict, the break-even task sizes, the workers blocking
 * work needs.
 */
public final class VerdictTables {

    /** The verdict table's columns. */
    public static final List<String> VERDICT_HEADER = List.of("work", "best (rank 1)", "headline (± 99.9% CI)",
            "avoid", "how far it scales");

    /** The break-even table's columns. */
    public static final List<String> OVERHEAD_HEADER = List.of("model", "overhead per submission",
            "best chunk size", "overhead per task there", "task size for < 5%", "task size for < 1%");

    /** The blocking table's columns. */
    public static final List<String> WORKERS_HEADER = List.of("model", "best throughput",
            "workers for " + Math.round(WorkersNeeded.SHARE * 100) + "% of it", "workers per core");

    private VerdictTables() {
    }

    /**
     * One line per kind of work; {@code between} separates the reasons to avoid models. The core count
     * is named in the work's cell only where the rows differ in it ({@link #cores}).
     */
    public static List<List<String>> verdict(Verdict v, String between) {
        boolean oneCoreCount = cores(v).isPresent();
        return v.rows().stream().map(r -> List.of(r.work() + (oneCoreCount ? "" : " (" + Numbers.cores(r.cores()) + ")"),
                r.bestAndStanding(), r.headline(),
                r.avoid().isEmpty() ? Numbers.NONE : String.join(between, r.avoid()), r.scaling())).toList();
    }

    /** The core count every row is ranked at, if they share one. */
    public static Optional<Integer> cores(Verdict v) {
        List<Integer> counts = v.rows().stream().map(VerdictRow::cores).distinct().toList();
        return counts.size() == 1 ? Optional.of(counts.getFirst()) : Optional.empty();
    }

    /** One line per model of the granularity workload. */
    public static List<List<String>> overheads(Verdict v) {
        return v.overheads().stream().map(o -> List.of(o.model(),
                overhead(o, o.perSubmission()) + " (chunk " + o.smallestChunk() + ", " + o.workers() + " workers)",
                Integer.toString(o.bestChunk()), Numbers.time(o.perTaskAtBest()),
                breakEven(o, o.underFivePercent()), breakEven(o, o.underOnePercent()))).toList();
    }

    /** One line per model of the blocking workload. */
    public static List<List<String>> workers(Verdict v) {
        return v.workers().stream().map(w -> List.of(w.model(), Numbers.scaled(w.best(), "tasks/s") + " at "
                        + w.bestWorkers() + " workers", w.workers() + (w.below() > 0 ? " (" + w.below()
                        + " were not enough)" : " (the fewest measured)") + "; measured: "
                        + String.join(", ", w.measured().stream().map(String::valueOf).toList()),
                Numbers.plain(w.perCore()) + " on " + Numbers.cores(w.cores()))).toList();
    }

    private static String overhead(TaskOverhead o, Estimate seconds) {
        if (!o.claim().claimed()) {
            return Numbers.time(seconds) + " (" + o.claim().mark() + ")";
        }
        return o.inNoise() ? Wording.OVERHEAD_IN_NOISE.say(Numbers.time(Estimate.exact(seconds.value() + seconds.error())))
                : Numbers.time(seconds);
    }

    /** A break-even size; an upper bound when the overhead is within the noise. */
    private static String breakEven(TaskOverhead o, Estimate size) {
        if (!o.claim().claimed()) {
            return Numbers.NONE;
        }
        return o.inNoise() ? "at most " + Numbers.time(Estimate.exact(size.value() + size.error())) : Numbers.time(size);
    }
}
