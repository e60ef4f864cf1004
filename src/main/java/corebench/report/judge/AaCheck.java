package corebench.report.judge;

import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.results.Estimate;
import corebench.report.results.ForkCapacity;
import corebench.report.results.ReportException;
import corebench.report.results.ResultsReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The A/A figures of several runs of the same plan: for every result (same benchmark and parameters)
 * present and claimed in two runs, whether the two differ by more than their combined 99.9% interval
 * {@code √(e₁² + e₂²)}; the same for speedups (vs the same model on 1 core, both halves claimed); and the
 * share of results not claimed (set aside), and of forks the sweeps set aside because the machine did not deliver
 * their step's CPUs (over counted forks plus those set aside). With calibrated intervals the shares beyond are
 * about 0.1%.
 *
 * @param runs           how many runs were read
 * @param resultPairs    result pairs compared (claimed in both runs, with intervals)
 * @param resultsBeyond  of them, those whose difference exceeds the combined interval
 * @param speedupPairs   speedup pairs compared
 * @param speedupsBeyond of them, those beyond
 * @param results        results read over all runs
 * @param unclaimed      of them, those not claimed
 * @param forks          forks measured over all runs: counted ({@code rawData} rows) and set aside
 * @param forksSetAside  of them, those set aside ({@code setAside})
 */
public record AaCheck(int runs, int resultPairs, int resultsBeyond, int speedupPairs, int speedupsBeyond,
                      int results, int unclaimed, int forks, int forksSetAside) {

    /** Reads each folder as one run and compares every pair of runs. */
    public static AaCheck of(List<Path> folders) throws ReportException {
        if (folders.size() < 2) {
            throw new ReportException("an A/A check needs at least 2 runs of the same plan, got " + folders.size());
        }
        List<Map<String, Row>> runs = new ArrayList<>();
        int results = 0;
        int unclaimed = 0;
        int forks = 0;
        int forksSetAside = 0;
        for (Path folder : folders) {
            Map<String, Row> rows = rows(RunAnalysis.of(ResultsReader.read(List.of(folder))));
            results += rows.size();
            unclaimed += (int) rows.values().stream().filter(r -> !r.measurement().claimed()).count();
            for (Row r : rows.values()) {
                ForkCapacity capacity = r.measurement().capacity();
                forks += capacity.forks() + capacity.setAside().size();
                forksSetAside += capacity.setAside().size();
            }
            runs.add(rows);
        }
        int[] counts = new int[4];
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                for (Map.Entry<String, Row> e : runs.get(i).entrySet()) {
                    Row other = runs.get(j).get(e.getKey());
                    if (other == null || !e.getValue().measurement().claimed() || !other.measurement().claimed()) {
                        continue;
                    }
                    count(e.getValue().measurement().secondsPerOp(), other.measurement().secondsPerOp(), counts, 0);
                    if (e.getValue().cores() > 1) {
                        count(e.getValue().speedup(), other.speedup(), counts, 2);
                    }
                }
            }
        }
        return new AaCheck(runs.size(), counts[0], counts[1], counts[2], counts[3], results, unclaimed, forks, forksSetAside);
    }

    /** Counts one pair into {@code counts[at]} (pairs) and {@code counts[at + 1]} (beyond) when both have intervals. */
    private static void count(Estimate a, Estimate b, int[] counts, int at) {
        if (!a.present() || !b.present() || !a.hasError() || !b.hasError()) {
            return;
        }
        counts[at]++;
        if (Math.abs(a.value() - b.value()) > Math.hypot(a.error(), b.error())) {
            counts[at + 1]++;
        }
    }

    /**
     * Every row of a run by its identity. A speedup's baseline must be claimed for the speedup to count:
     * a row whose model's 1-core row is not claimed keeps its result but loses its speedup.
     */
    private static Map<String, Row> rows(RunAnalysis analysis) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (ScenarioAnalysis s : analysis.scenarios()) {
            for (ModelSeries m : s.models()) {
                boolean baselineClaimed = m.baseline().map(b -> b.measurement().claimed()).orElse(false);
                for (Row r : m.rows()) {
                    rows.put(r.measurement().identity(), baselineClaimed ? r
                            : new Row(r.measurement(), r.throughput(), Estimate.NONE, r.speedupVsSequential(),
                            r.efficiency(), r.karpFlatt()));
                }
            }
        }
        return rows;
    }

    /** The share beyond among the result pairs (NaN without pairs). */
    public double resultShare() {
        return (double) resultsBeyond / resultPairs;
    }

    /** The share beyond among the speedup pairs (NaN without pairs). */
    public double speedupShare() {
        return (double) speedupsBeyond / speedupPairs;
    }

    /** What a person reads: one line each for results, speedups, results not claimed and forks set aside. */
    public List<String> lines() {
        return List.of(
                String.format(Locale.ROOT, "A/A check of %d runs of the same plan (99.9%% intervals: about 0.1%% of pairs"
                        + " should differ beyond their combined interval)", runs),
                String.format(Locale.ROOT, "  results:  %d of %d pairs beyond their combined interval (%s)",
                        resultsBeyond, resultPairs, percent(resultsBeyond, resultPairs)),
                String.format(Locale.ROOT, "  speedups: %d of %d pairs beyond their combined interval (%s)",
                        speedupsBeyond, speedupPairs, percent(speedupsBeyond, speedupPairs)),
                String.format(Locale.ROOT, "  not claimed (set aside): %d of %d results (%s)", unclaimed, results,
                        percent(unclaimed, results)),
                String.format(Locale.ROOT, "  forks set aside for capacity: %d of %d forks (%s)", forksSetAside, forks,
                        percent(forksSetAside, forks)));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "none to compare" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
