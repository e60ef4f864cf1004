package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import corebench.format.ForkModes;
import corebench.format.Samples;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's delivered capacity during each fork of a result, when the capacity probe recorded it as
 * secondary metrics (CPUs): looked up by name ({@link #METRICS}), so a probe's names are added here without
 * touching the rest; a fork's capacity is the least of those present (the probe runs right before and right
 * after the fork's measured iterations). A metric's row holds the fork's value in one iteration and 0 in the
 * others ({@link corebench.bench.CapacityProfiler}), so a row's value is its largest finite entry. Used to say
 * what each mode of a result got, and what each step got ({@link ForkCapacity}).
 */
final class DeliveredCapacity {

    /** Secondary metric names the capacity probe writes (its per-fork rows in {@code rawData}). */
    static final List<String> METRICS = List.of("capacityBefore", "capacityAfter");

    private DeliveredCapacity() {
    }

    /** Each fork's capacity ({@code NaN} when its rows hold none), or empty when the result has no capacity metric with one row per fork. */
    static Optional<double[]> perFork(JsonNode secondaryMetrics, int forks) {
        double[] least = null;
        for (String name : METRICS) {
            JsonNode raw = secondaryMetrics.path(name).path("rawData");
            if (raw.isArray() && raw.size() == forks) {
                least = least == null ? filled(forks) : least;
                for (int f = 0; f < forks; f++) {
                    double value = rowValue(raw.get(f));
                    least[f] = Double.isNaN(value) ? least[f] : Math.min(least[f], value);
                }
            }
        }
        for (int f = 0; least != null && f < forks; f++) {
            least[f] = Double.isInfinite(least[f]) ? Double.NaN : least[f];
        }
        return Optional.ofNullable(least);
    }

    /** A row's largest finite entry (the fork's value among the zeros JMH writes for its other iterations), else NaN. */
    private static double rowValue(JsonNode row) {
        double value = Double.NaN;
        for (JsonNode v : row) {
            double x = v.isNumber() ? v.asDouble() : Double.NaN;
            if (Double.isFinite(x) && !(x <= value)) {
                value = x;
            }
        }
        return value;
    }

    private static double[] filled(int forks) {
        double[] values = new double[forks];
        Arrays.fill(values, Double.POSITIVE_INFINITY);
        return values;
    }

    /**
     * {@code "; delivered capacity 1.98 (mode 1), 1.12 (mode 2)"}: each mode's mean capacity, modes given by
     * indices into {@code settled}, whose entries are indices into {@code perFork}.
     */
    static String ofModes(List<ForkModes.Mode> modes, List<Integer> settled, double[] perFork) {
        StringBuilder s = new StringBuilder("; delivered capacity ");
        for (int m = 0; m < modes.size(); m++) {
            double[] values = modes.get(m).forks().stream().mapToDouble(i -> perFork[settled.get(i)]).toArray();
            s.append(m == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g (mode %d)", Samples.mean(values), m + 1));
        }
        return s.toString();
    }
}
