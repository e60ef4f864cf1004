package corebench.report.verdict;

import corebench.report.render.Numbers;
import java.util.Locale;
import java.util.Map;

/**
 * Every sentence the verdict says, in one table. Each rule names when it applies and its words; the
 * numbers come from the measurements, never from here. When the data cannot support a claim, a rule
 * says so instead of guessing ({@link #ONE_CORE_COUNT}, {@link #NEEDS_MORE_CORE_COUNTS}, {@link #FITS_UNSURE}).
 * Thresholds are constants of this class, so a rule and its test read the same number.
 */
public enum Wording {

    /** Rank 1 holds more than one model: the 99.9% interval of their ratio to the leader holds 1. */
    TIED("tied, the difference is within the noise"),
    /** Rank 1 holds one model and there are others: it is ahead beyond every interval. */
    AHEAD("ahead beyond the 99.9%% CIs"),
    /** Only one model was measured: nothing to rank against. */
    ALONE("the only model measured"),
    /** Only one of the models measured is claimed: the others are not ranked. */
    ALONE_CLAIMED("the only claimed model; the others are not ranked"),
    /** No model's result is claimed: nothing is ranked. */
    NONE_CLAIMED("nothing ranked: no result is claimed"),
    /** A contender whose result is not claimed: shown, never ranked. */
    NOT_CLAIMED("%s: not ranked, its result is not claimed (%s)"),
    /** Avoid: slower on the most cores than on 1 core, beyond the error of the speedup. */
    NO_SPEEDUP("%s: slower on %s than on 1 (%s)"),
    /** Avoid: at least {@link #FAR_BEHIND_FACTOR} times worse than the leader, intervals apart. Lower is better. */
    COSTS_MORE("%s: %s, %s the %s cost"),
    /** Avoid: at least {@link #FAR_BEHIND_FACTOR} times worse than the leader, intervals apart. Higher is better. */
    BELOW("%s: %s, %s below %s"),
    /** Added to an avoid reason when the model has a known per-task or per-submission cost ({@link #CAUSES}). */
    CAUSE("%s"),
    /** Added to an avoid reason instead of {@link #CAUSES}' phrase when the result's core time was accounted for. */
    MEASURED_CAUSE("%s%% of core time %s"),
    /** Added to how far the leader scales: where its core time went at the most cores, when measured. */
    LEADER_LOSS("%s at %s: %s"),
    /** Added to {@link #MEASURED_CAUSE} when the context switches were recorded. */
    SWITCHES("%s context switches per operation"),
    /** Added to an avoid reason: the task size under which that cost is more than 5%. */
    DOMINATES("%s dominates tasks under %s"),
    /** Added to a start-up avoid reason when the warm (reused) start was measured. */
    REUSE("start it once and reuse it (warm: %s)"),
    /** A model that was not measured at the core count the row ranks at: compared where both exist. */
    NOT_AT_TOP("%s: measured up to %s only; there it is %s %s (%s)"),
    /** A tiny-task model measured only with larger chunks: shown, not ranked against one-task submissions. */
    ONLY_BATCHED("%s: measured only with %d tasks per submission: %s"),
    /** A figure without an error estimate: it cannot be told apart from its neighbours. */
    NO_ERROR("%s: no error estimate (too few iterations), so it shares its neighbours' rank"),
    /** Scaling: the kind of work was measured at one core count only. */
    ONE_CORE_COUNT("scaling unknown: only one core count measured (%s)"),
    /** Scaling: fewer than {@link #CORE_COUNTS_TO_SAY} core counts, so every fit is exact or nearly so. */
    NEEDS_MORE_CORE_COUNTS("needs >= %d core counts to say (this run has %d)"),
    /** Scaling: a USL fit without flags that predicts a peak. */
    USL_PEAK("peaks at N* = %s cores (USL)"),
    /** Scaling: an Amdahl fit without flags. */
    AMDAHL_CEILING("levels off below %s (Amdahl, serial fraction %s)"),
    /** Scaling: the fits were flagged (bound hit, bad fit): they cannot say. */
    FITS_UNSURE("the fits cannot say (%s)"),
    /** Blocking: how many workers per core the leader needs for 90% of its best throughput (measured counts only). */
    WORKERS_PER_CORE("%s needs %s workers per core for 90%% of its best (%s)"),
    /** Break-even: the overhead's interval includes 0. */
    OVERHEAD_IN_NOISE("within the noise (< %s)");

    /** How many times worse than the leader a model must be (intervals apart) to be named as one to avoid. */
    public static final double FAR_BEHIND_FACTOR = 2;

    /** Core counts a fit needs before the verdict repeats what it predicts (the USL's minimum). */
    public static final int CORE_COUNTS_TO_SAY = 4;

    /**
     * What a model pays per task or submission that others do not: the known mechanism behind a cost
     * the data shows. Only used next to a measured figure that is far behind.
     */
    public static final Map<String, String> CAUSES = Map.of(
            "thread-per-task", "creating a thread per submission",
            "process-per-task", "starting a JVM per submission",
            "process-pool", "a pipe round trip to a child JVM per submission",
            "cluster", "a network round trip per submission");

    /**
     * The words of each lost part of a measured account ({@code account.csv}'s columns), for
     * {@link #MEASURED_CAUSE}: the largest one replaces the phrase of {@link #CAUSES}.
     */
    public static final Map<String, String> PARTS = Map.of(
            "clock_loss", "lost to a lower clock",
            "gc_jit_safepoint", "in GC, JIT and safepoints",
            "system", "in the kernel",
            "user_overhead", "in the model's own extra user CPU",
            "others", "taken by other processes",
            "idle", "idle",
            "undelivered", "not delivered by the machine (steal, a short capacity check)");

    private final String template;

    Wording(String template) {
        this.template = template;
    }

    /** The rule's words with its values filled in. */
    public String say(Object... values) {
        return String.format(Locale.ROOT, template, values);
    }

    /** {@code 9.3×}: how many times {@code a} is {@code b}, three digits. */
    static String times(double ratio) {
        return Numbers.plain(ratio) + "×";
    }
}
