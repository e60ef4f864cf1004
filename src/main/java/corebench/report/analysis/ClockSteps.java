package corebench.report.analysis;

import corebench.report.results.Estimate;
import corebench.report.results.Measurement;
import corebench.report.results.RunResults;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The effective clock of each core-count step, from the clock probe's results ({@code workload clock}: every
 * CPU of the step runs a dependent multiply chain at once). GHz per core = {@code multiplies ×
 * cyclesPerMultiply} (both recorded in the result's params) / seconds per operation / 1e9, with the score's
 * relative error. It lets a speedup be normalised by the clock: S(p) × GHz(1) / GHz(p) is what the model
 * would have reached had the clock not changed with the core count.
 *
 * <p>A figure above {@link #MAX_PLAUSIBLE_GHZ} is no clock: the chain was not run as a chain (corebench before
 * 2026-12-01 multiplied by a constant, which C2 folds, and showed e.g. 437 "GHz"). Such figures are kept out of
 * every chart and normalisation and named in the report instead.
 *
 * @param ghzByCores  effective GHz per core count (only runs with one thread per core of the step)
 * @param implausible figures above {@link #MAX_PLAUSIBLE_GHZ}, per core count, left out of {@code ghzByCores}
 */
public record ClockSteps(Map<Integer, Estimate> ghzByCores, Map<Integer, Estimate> implausible) {
    /** The workload name of the clock probe in the results. */
    public static final String WORKLOAD = "clock";
    /** No core of any machine runs above this: a higher figure means the probe did not measure a clock. */
    public static final double MAX_PLAUSIBLE_GHZ = 10;

    public ClockSteps {
        ghzByCores = Collections.unmodifiableMap(new TreeMap<>(ghzByCores));
        implausible = Collections.unmodifiableMap(new TreeMap<>(implausible));
    }

    /** Plausible figures only. */
    public ClockSteps(Map<Integer, Estimate> ghzByCores) {
        this(ghzByCores, Map.of());
    }

    /** The clock per step in {@code results}; empty when the run had no clock probe. */
    public static ClockSteps of(RunResults results) {
        Map<Integer, Estimate> ghz = new TreeMap<>();
        Map<Integer, Estimate> implausible = new TreeMap<>();
        for (Measurement m : results.measurements()) {
            if (m.scenario().workload().equals(WORKLOAD) && m.workers() == m.cores()) {
                Estimate g = ghz(m);
                (g.value() > MAX_PLAUSIBLE_GHZ ? implausible : ghz).put(m.cores(), g);
            }
        }
        return new ClockSteps(ghz, implausible);
    }

    /** The effective GHz one clock-probe measurement shows. */
    static Estimate ghz(Measurement m) {
        double multiplies = Double.parseDouble(m.scenario().params().get("multiplies"));
        double cycles = Double.parseDouble(m.scenario().params().get("cyclesPerMultiply"));
        return Estimate.exact(multiplies * cycles / 1e9).dividedBy(m.secondsPerOp());
    }

    /** Whether the run measured the clock at all. */
    public boolean present() {
        return !ghzByCores.isEmpty();
    }

    /** GHz(1) / GHz(cores), the factor that removes the clock's change from a speedup; empty without both. */
    public Optional<Estimate> normalisation(int cores) {
        Estimate one = ghzByCores.get(1);
        Estimate at = ghzByCores.get(cores);
        if (one == null || at == null) {
            return Optional.empty();
        }
        return Optional.of(cores == 1 ? Estimate.exact(1) : one.dividedBy(at));
    }

    /** The clock-normalised speedups of a model's scaling curve (rows without a clock are left out). */
    public List<double[]> normalisedSpeedups(ModelSeries model) {
        return model.scaling().stream().filter(r -> r.speedup().present() && normalisation(r.cores()).isPresent())
                .map(r -> {
                    Estimate n = r.speedup().times(normalisation(r.cores()).orElseThrow().value());
                    return new double[] {r.cores(), n.value(), n.error()};
                }).toList();
    }

    /** One sentence for the report: GHz at each step, and the change from the fewest to the most cores. */
    public Optional<String> sentence() {
        if (!implausible.isEmpty()) {
            StringBuilder b = new StringBuilder("Clock probe: not shown, its figures are implausible (");
            implausible.forEach((cores, g) -> b.append(String.format(Locale.ROOT, "%.0f GHz", g.value())).append(" at ")
                    .append(cores).append(cores == 1 ? " core, " : " cores, "));
            b.setLength(b.length() - 2);
            b.append("; no core runs above ").append(String.format(Locale.ROOT, "%.0f", MAX_PLAUSIBLE_GHZ))
                    .append(" GHz): its multiply chain was not run as a chain (corebench before 2026-12-01 multiplied by a "
                            + "constant, which the JIT folds). Speedups are not clock-normalised");
            b.append(present() ? " at those steps. " + plausibleSentence() : ".");
            return Optional.of(b.toString());
        }
        if (!present()) {
            return Optional.empty();
        }
        return Optional.of(plausibleSentence());
    }

    private String plausibleSentence() {
        StringBuilder b = new StringBuilder("Clock per step (effective GHz per core with every CPU of the step busy, "
                + "from the clock probe):");
        ghzByCores.forEach((cores, g) -> b.append(' ').append(cores).append(cores == 1 ? " core " : " cores ")
                .append(String.format(Locale.ROOT, "%.2f", g.value())).append(';'));
        b.setLength(b.length() - 1);
        TreeMap<Integer, Estimate> sorted = new TreeMap<>(ghzByCores);
        int first = sorted.firstKey();
        int last = sorted.lastKey();
        if (first != last) {
            double change = ghzByCores.get(last).value() / ghzByCores.get(first).value() - 1;
            b.append(String.format(Locale.ROOT, ". From %d to %d cores the clock changed by %+.0f%%", first, last, 100 * change));
            b.append(Math.abs(change) < 0.05 ? ": speedups need no correction." : ": the clock-normalised speedup charts take it out.");
        } else {
            b.append('.');
        }
        return b.toString();
    }
}
