package corebench.report.render;

import corebench.report.analysis.AmdahlFit;
import corebench.report.analysis.FitSolution;
import corebench.report.analysis.GustafsonFit;
import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.analysis.UslFit;
import corebench.report.results.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The fits of a scenario as table lines with a plain-language reading, e.g. "forkjoin: serial fraction
 * 0.8% ± 0.3%; predicted speedup 1.98× ± 0.01 on 4 cores, ...". Shared by the HTML page, the Markdown
 * summary and fits.csv.
 */
public final class FitTable {

    /**
     * One fit (or the note why there is none).
     *
     * @param model      the model
     * @param law        Amdahl, Gustafson, USL, or empty for a note
     * @param parameters the parameters with their errors
     * @param goodness   degrees of freedom, chi²/dof, R²
     * @param reading    what it means, in a sentence
     * @param flags      why it may not be trusted (empty: no reason found)
     */
    public record Line(String model, String law, String parameters, String goodness, String reading, List<String> flags) {
    }

    private FitTable() {
    }

    /** Every fit and note of every model of the scenario. */
    public static List<Line> of(ScenarioAnalysis s) {
        int[] predictAt = {2 * s.maxCores(), ScenarioCharts.EXTRAPOLATE * s.maxCores()};
        List<Line> lines = new ArrayList<>();
        for (ModelSeries m : s.models()) {
            String unit = s.work().throughputUnit();
            m.fits().amdahl().ifPresent(f -> lines.add(amdahl(m.model(), f, predictAt)));
            m.fits().gustafson().ifPresent(f -> lines.add(gustafson(m.model(), f, predictAt)));
            m.fits().usl().ifPresent(f -> lines.add(usl(m.model(), f, unit)));
            m.fits().notes().forEach(note -> lines.add(new Line(m.model(), "", "", "", m.model() + ": " + note, List.of())));
        }
        return lines;
    }

    private static Line amdahl(String model, AmdahlFit f, int[] predictAt) {
        StringBuilder reading = new StringBuilder(model + ": serial fraction " + Numbers.percent(f.serialFraction())
                + "; predicted speedup " + predictions(f::speedupAt, predictAt));
        if (f.serialFraction().value() > 0) {
            reading.append("; never above ").append(Numbers.plain(1 / f.serialFraction().value())).append("× (1/f)");
        }
        return new Line(model, "Amdahl", "f = " + Numbers.percent(f.serialFraction()), goodness(f.solution()),
                reading.toString(), f.flags());
    }

    private static Line gustafson(String model, GustafsonFit f, int[] predictAt) {
        String reading = model + ": serial fraction (Gustafson) " + Numbers.percent(f.serialFraction())
                + "; predicted scaled speedup " + predictions(f::speedupAt, predictAt);
        return new Line(model, "Gustafson", "α = " + Numbers.percent(f.serialFraction()), goodness(f.solution()),
                reading, f.flags());
    }

    private static Line usl(String model, UslFit f, String unit) {
        String parameters = "σ = " + Numbers.percent(f.sigma()) + ", κ = " + Numbers.plusMinus(f.kappa())
                + ", λ = " + Numbers.scaled(f.lambda(), unit);
        String reading = model + ": contention σ = " + Numbers.percent(f.sigma()) + ", coherency κ = "
                + Numbers.plusMinus(f.kappa()) + "; " + f.peakCores()
                .map(n -> "throughput peaks at " + Numbers.plusMinus(n) + " cores with "
                        + Numbers.scaled(f.peakThroughput().orElseThrow(), unit))
                .orElse("no coherency delay measured, so no peak: throughput approaches λ/σ = "
                        + (f.sigma().value() > 0 ? Numbers.scaled(f.lambda().value() / f.sigma().value(), unit)
                        : "infinity (linear scaling)"));
        return new Line(model, "USL", parameters, goodness(f.solution()), reading, f.flags());
    }

    private static String predictions(IntFunction<Estimate> speedupAt, int[] cores) {
        List<String> parts = new ArrayList<>();
        for (int p : cores) {
            Estimate s = speedupAt.apply(p);
            parts.add(RawTable.times(Numbers.plusMinus(s)) + " on " + p + " cores");
        }
        return String.join(", ", parts);
    }

    private static String goodness(FitSolution s) {
        if (s.degreesOfFreedom() == 0) {
            return "exact: " + s.points() + " points for " + s.parameters().length + " parameters";
        }
        return String.format(Locale.ROOT, "%d dof, χ²/dof = %s, R² = %.4f%s", s.degreesOfFreedom(),
                Numbers.plain(s.reducedChiSquare()), s.rSquared(), s.weighted() ? "" : ", unweighted");
    }
}
