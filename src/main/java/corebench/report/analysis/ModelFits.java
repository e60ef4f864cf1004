package corebench.report.analysis;

import corebench.report.results.KnownModels;
import corebench.report.results.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scaling fits of one model in one scenario, and plain notes on fits that were not done.
 * Strong scaling gets Amdahl, weak scaling Gustafson; both get the USL when there are enough core counts.
 * No law is fitted to exactly-determined data: a law with k parameters needs at least k + 1 core counts
 * ({@link #LAW_CORE_COUNTS} for Amdahl and Gustafson, which fit the 1-core throughput and one fraction), so
 * that its goodness of fit can be judged; with fewer the chart shows the measured points only and the note
 * says how many more core counts a fit needs.
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
        if (coreCounts < LAW_CORE_COUNTS) {
            return none(exactlyDetermined(scenario.weakScaling() ? "Gustafson" : "Amdahl", coreCounts));
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

    /** How the note of a law not fitted to exactly-determined data begins. */
    public static final String NOT_FITTED = "no fit: ";

    /** Amdahl's and Gustafson's 2 parameters and one core count to spare. */
    public static final int LAW_CORE_COUNTS = 3;

    /** Why a 2-parameter law is not fitted to {@code coreCounts} core counts, and how many more it needs. */
    static String exactlyDetermined(String law, long coreCounts) {
        long more = LAW_CORE_COUNTS - coreCounts;
        return NOT_FITTED + law + " has 2 parameters: a fit needs " + LAW_CORE_COUNTS + " core counts, one to test it"
                + " (this run has " + coreCounts + ": " + more + " more)";
    }

    private static ModelFits none(String note) {
        return new ModelFits(Optional.empty(), Optional.empty(), Optional.empty(), List.of(note));
    }
}
