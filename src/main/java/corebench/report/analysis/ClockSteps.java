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
 * @param ghzByCores effective GHz per core count (only runs with one thread per core of the step)
 */
public record ClockSteps(Map<Integer, Estimate> ghzByCores) {
    /** The workload name of the clock probe in the results. */
    public static final String WORKLOAD = "clock";

    public ClockSteps {
        ghzByCores = Collections.unmodifiableMap(new TreeMap<>(ghzByCores));
    }

    /** The clock per step in {@code results}; empty when the run had no clock probe. */
    public static ClockSteps of(RunResults results) {
        Map<Integer, Estimate> ghz = new TreeMap<>();
        for (Measurement m : results.measurements()) {
            if (m.scenario().workload().equals(WORKLOAD) && m.workers() == m.cores()) {
                ghz.put(m.cores(), ghz(m));
            }
        }
        return new ClockSteps(ghz);
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
        if (!present()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("Clock per step (effective GHz per core with every CPU of the step busy, "
                + "from the clock probe):");
        ghzByCores.forEach((cores, g) -> b.append(' ').append(cores).append(cores == 1 ? " core " : " cores ")
                .append(String.format(Locale.ROOT, "%.2f", g.value())).append(';'));
        b.setLength(b.length() - 1);
        int first = ((TreeMap<Integer, Estimate>) new TreeMap<>(ghzByCores)).firstKey();
        int last = ((TreeMap<Integer, Estimate>) new TreeMap<>(ghzByCores)).lastKey();
        if (first != last) {
            double change = ghzByCores.get(last).value() / ghzByCores.get(first).value() - 1;
            b.append(String.format(Locale.ROOT, ". From %d to %d cores the clock changed by %+.0f%%", first, last, 100 * change));
            b.append(Math.abs(change) < 0.05 ? ": speedups need no correction." : ": the clock-normalised speedup charts take it out.");
        } else {
            b.append('.');
        }
        return Optional.of(b.toString());
    }
}
