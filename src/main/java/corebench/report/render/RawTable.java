package corebench.report.render;

import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.results.ForkSpread;
import corebench.report.results.Measurement;
import corebench.report.results.Precision;
import java.util.ArrayList;
import java.util.List;

/** Every measurement of a scenario with what was derived from it, as display strings (HTML, Markdown). */
public final class RawTable {

    /** Column headings; every ± is a 99.9% confidence half-width. */
    public static List<String> header(ScenarioAnalysis s) {
        return List.of("model", "cores", "workers", "time/op ± 99.9% CI", "fork-to-fork spread", "precision target",
                "throughput (" + s.work().throughputUnit() + ")",
                "speedup vs 1 worker", "speedup vs sequential", "efficiency", "Karp–Flatt e");
    }

    private RawTable() {
    }

    /** One line per measurement, models in display order, then by cores and workers. */
    public static List<List<String>> rows(ScenarioAnalysis s) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelSeries m : s.models()) {
            for (Row r : m.rows()) {
                rows.add(List.of(m.model(),
                        r.cores() + (r.measurement().restricted() ? "" : " (unrestricted)"),
                        r.workers() + switch (r.measurement().placement()) {
                            case SCALING -> "";
                            case OVERSUBSCRIBED -> " (oversubscribed)";
                            case UNDERSUBSCRIBED -> " (idle cores)";
                        },
                        claimed(Numbers.time(r.measurement().secondsPerOp()), r.measurement()),
                        forkSpread(r.measurement()),
                        precision(r.measurement().precision()),
                        Numbers.scaled(r.throughput(), "").trim(),
                        times(Numbers.plusMinus(r.speedup())),
                        times(Numbers.plusMinus(r.speedupVsSequential())),
                        Numbers.percent(r.efficiency()),
                        Numbers.percent(r.karpFlatt())));
            }
        }
        return rows;
    }

    /**
     * Half the range of the fork means relative to the score, {@code ±2.1% (2 forks)}: beside the pooled
     * interval it shows whether the JVMs themselves differed; {@link Numbers#NONE} with one fork. Forks the
     * sweep set aside follow ({@code ; 2 forks set aside: the machine delivered 1.1 of 2 CPUs}).
     */
    static String forkSpread(Measurement m) {
        ForkSpread f = m.forkSpread();
        String setAside = m.capacity().setAsideNote(m.cores());
        if (f == null) {
            return setAside.isEmpty() ? Numbers.NONE : setAside;
        }
        String spread = "±" + Numbers.plain(100 * f.relativeHalfRange(m.secondsPerOp().value())) + "% (" + f.forks() + " forks)";
        return setAside.isEmpty() ? spread : spread + "; " + setAside;
    }

    /**
     * {@code ±3.1% ≤ ±5%, 2 attempts} when the result met its target; {@code ⚠ missed: ±12% > ±5%, 3 attempts
     * (allowance spent)} when not; {@link Numbers#NONE} without a target.
     */
    static String precision(Precision p) {
        if (p == null) {
            return Numbers.NONE;
        }
        String reached = "±" + p.reached();
        String target = "±" + p.target();
        return p.met() ? reached + " ≤ " + target + ", " + p.attemptsText()
                : "⚠ missed: " + reached + " > " + target + ", " + p.attemptsText() + " (" + p.stop() + ")";
    }

    /** A figure of {@code m}, with {@code (not claimed: <reason>)} after it when {@code m} is not claimed. */
    static String claimed(String figure, Measurement m) {
        return m.claimed() ? figure : figure + " (" + m.claim().mark() + ")";
    }

    /** {@code 1.9 ± 0.1} as {@code 1.9× ± 0.1}; an exact {@code 1.00} as {@code 1.00×}. */
    static String times(String plusMinus) {
        if (plusMinus.equals(Numbers.NONE)) {
            return plusMinus;
        }
        return plusMinus.contains(" ±") ? plusMinus.replace(" ±", "× ±") : plusMinus + "×";
    }
}
