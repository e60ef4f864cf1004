package corebench.report.verdict;

import corebench.report.analysis.AmdahlFit;
import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.analysis.UslFit;
import corebench.report.render.Numbers;
import corebench.report.results.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Applies the {@link Wording} rules to ranked contenders and fits; shared by every {@link WorkKind}. */
final class Judgement {

    private Judgement() {
    }

    /** Whether rank 1 is shared, held alone, or the only model. */
    static String standing(List<Ranking.Ranked> ranked) {
        long claimed = ranked.stream().filter(r -> r.rank() != Ranking.NOT_RANKED).count();
        if (claimed == 0) {
            return Wording.NONE_CLAIMED.say();
        }
        if (claimed == 1) {
            return ranked.size() == 1 ? Wording.ALONE.say() : Wording.ALONE_CLAIMED.say();
        }
        return ranked.get(1).rank() == 1 ? Wording.TIED.say() : Wording.AHEAD.say();
    }

    /**
     * {@link Wording#COSTS_MORE} or {@link Wording#BELOW} when {@code c} is at least
     * {@link Wording#FAR_BEHIND_FACTOR} times worse than {@code leader} and their intervals do not overlap.
     */
    static Optional<String> farBehind(Contender c, Contender leader, boolean higherIsBetter) {
        double ratio = higherIsBetter ? leader.figure().value() / c.figure().value()
                : c.figure().value() / leader.figure().value();
        if (c == leader || !c.claim().claimed() || !leader.claim().claimed() || c.tiedWith(leader)
                || !(ratio >= Wording.FAR_BEHIND_FACTOR)) {
            return Optional.empty();
        }
        return Optional.of(higherIsBetter
                ? Wording.BELOW.say(c.label(), c.shown(), Wording.times(ratio), leader.label())
                : Wording.COSTS_MORE.say(c.label(), c.shown(), Wording.times(ratio), leader.label()));
    }

    /** {@link Wording#NO_SPEEDUP} when the speedup's whole interval lies below 1. */
    static Optional<String> noSpeedup(String label, Row row) {
        Estimate s = row.speedup();
        if (!s.present() || !s.hasError() || s.value() + s.error() >= 1) {
            return Optional.empty();
        }
        return Optional.of(Wording.NO_SPEEDUP.say(label, Numbers.cores(row.cores()), Numbers.factor(s)));
    }

    /**
     * The reasons to avoid ranked models of a throughput (higher is better): {@link #noSpeedup} first,
     * else {@link #farBehind} the leader; {@code explain} may add to a reason (e.g. {@link #withCause}).
     */
    static List<String> avoidSlow(List<Ranking.Ranked> ranked, Function<Contender, Row> rowOf,
                                  BiFunction<String, Contender, String> explain) {
        Contender leader = ranked.getFirst().contender();
        List<String> avoid = new ArrayList<>();
        for (Ranking.Ranked r : ranked) {
            Contender c = r.contender();
            if (r.rank() == Ranking.NOT_RANKED) {
                continue;
            }
            noSpeedup(c.label(), rowOf.apply(c)).or(() -> farBehind(c, leader, true))
                    .ifPresent(reason -> avoid.add(explain.apply(reason, c)));
        }
        return avoid;
    }

    /**
     * An avoid reason with its cause added: the largest lost part of the result's measured account
     * ({@link Wording#MEASURED_CAUSE}) where the result recorded one; else the model's known cost
     * ({@link Wording#CAUSES}), if it has one.
     */
    static String withCause(String reason, String model, Optional<CoreAccount> account) {
        Optional<String> measured = account.flatMap(Judgement::measuredCause);
        if (measured.isPresent()) {
            return reason + ": " + measured.get();
        }
        String cause = Wording.CAUSES.get(model);
        return cause == null ? reason : reason + ": " + Wording.CAUSE.say(cause);
    }

    /** "61% of core time idle, 4,100 context switches per operation", or empty when nothing was measured. */
    static Optional<String> measuredCause(CoreAccount account) {
        return account.largestLoss().map(loss -> {
            String cause = Wording.MEASURED_CAUSE.say(Numbers.plain(100 * loss.getValue()), Wording.PARTS.get(loss.getKey()));
            double switches = account.switchesPerOp();
            return Double.isFinite(switches)
                    ? cause + ", " + Wording.SWITCHES.say(String.format(Locale.ROOT, "%,.0f", switches)) : cause;
        });
    }

    /**
     * {@link Wording#NO_ERROR} for each claimed contender whose figure has no error, and
     * {@link Wording#NOT_CLAIMED} for each contender that is not claimed.
     */
    static List<String> noErrors(List<Contender> contenders) {
        List<String> notes = new ArrayList<>(contenders.stream().filter(c -> c.claim().claimed() && !c.figure().hasError())
                .map(c -> Wording.NO_ERROR.say(c.label())).toList());
        contenders.stream().filter(c -> !c.claim().claimed())
                .forEach(c -> notes.add(Wording.NOT_CLAIMED.say(c.label(), c.claim().reason())));
        return notes;
    }

    /** How far {@code model} scales in {@code s}, or why the data cannot say. */
    static String scaling(ScenarioAnalysis s, String model) {
        int counts = s.coreCounts().size();
        if (counts < 2) {
            TreeSet<Integer> measured = new TreeSet<>();
            s.models().forEach(m -> m.rows().forEach(r -> measured.add(r.cores())));
            return Wording.ONE_CORE_COUNT.say(String.join(", ", measured.stream().map(Numbers::cores).toList()));
        }
        if (counts < Wording.CORE_COUNTS_TO_SAY) {
            return Wording.NEEDS_MORE_CORE_COUNTS.say(Wording.CORE_COUNTS_TO_SAY, counts);
        }
        ModelSeries series = s.models().stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow();
        Optional<UslFit> usl = series.fits().usl().filter(f -> f.flags().isEmpty() && f.peakCores().isPresent());
        if (usl.isPresent()) {
            return Wording.USL_PEAK.say(Numbers.plusMinus(usl.get().peakCores().orElseThrow()));
        }
        Optional<AmdahlFit> amdahl = series.fits().amdahl();
        if (amdahl.isPresent() && amdahl.get().flags().isEmpty() && amdahl.get().serialFraction().value() > 0) {
            double f = amdahl.get().serialFraction().value();
            return Wording.AMDAHL_CEILING.say(Numbers.factor(Estimate.exact(1 / f)),
                    Numbers.percent(amdahl.get().serialFraction()));
        }
        List<String> why = new ArrayList<>(series.fits().notes());
        series.fits().amdahl().ifPresent(f -> why.addAll(f.flags()));
        series.fits().usl().ifPresent(f -> why.addAll(f.flags()));
        return Wording.FITS_UNSURE.say(why.isEmpty() ? "no fit" : String.join("; ", why));
    }

    /** The scaling row of a model at {@code cores} (workers = cores). */
    static Optional<Row> at(ModelSeries m, int cores) {
        return m.scaling().stream().filter(r -> r.cores() == cores).findFirst();
    }
}
