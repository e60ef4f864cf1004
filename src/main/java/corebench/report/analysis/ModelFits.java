package corebench.report.analysis;

import corebench.report.results.KnownModels;
import corebench.report.results.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scaling fits of one model in one scenario, and plain notes on fits that were not done.
 * Strong scaling gets Amdahl, weak scaling Gustafson; both get the USL when there are enough core counts.
 *
 * @param amdahl    Amdahl's law (strong scaling, at least 2 core counts)
 * @param gustafson Gustafson's law (weak scaling, at least 2 core counts)
 * @param usl       the Universal Scalability Law (at least {@link UslFit#MIN_CORE_COUNTS} core counts)
 * @param notes     why a fit is missing, e.g. "USL needs at least 4 core counts, this run has 2"
 */
public record ModelFits(Optional<AmdahlFit> amdahl, Optional<GustafsonFit> gustafson, Optional<UslFit> usl,
                        List<String> notes) {

    /** Fits the model's scaling curve (its workers = cores points). */
    public static ModelFits of(Scenario scenario, String model, List<Row> scaling) {
        List<FitPoint> points = scaling.stream().map(Row::fitPoint).toList();
        long coreCounts = points.stream().mapToDouble(FitPoint::cores).distinct().count();
        if (model.equals(KnownModels.BASELINE)) {
            return none("the baseline runs in one thread: not fitted");
        }
        if (coreCounts < 2) {
            return none("no fit: a scaling curve needs at least 2 core counts, this run has " + coreCounts);
        }
        List<String> notes = new ArrayList<>();
        Optional<AmdahlFit> amdahl = Optional.empty();
        Optional<GustafsonFit> gustafson = Optional.empty();
        Optional<UslFit> usl = Optional.empty();
        try {
            if (scenario.weakScaling()) {
                gustafson = Optional.of(GustafsonFit.fit(points));
            } else {
                amdahl = Optional.of(AmdahlFit.fit(points));
            }
        } catch (IllegalArgumentException e) {
            notes.add((scenario.weakScaling() ? "Gustafson: " : "Amdahl: ") + e.getMessage());
        }
        if (coreCounts < UslFit.MIN_CORE_COUNTS) {
            notes.add(UslFit.needsMorePoints(coreCounts));
        } else {
            try {
                usl = Optional.of(UslFit.fit(points));
            } catch (IllegalArgumentException e) {
                notes.add("USL: " + e.getMessage());
            }
        }
        return new ModelFits(amdahl, gustafson, usl, notes);
    }

    private static ModelFits none(String note) {
        return new ModelFits(Optional.empty(), Optional.empty(), Optional.empty(), List.of(note));
    }
}
