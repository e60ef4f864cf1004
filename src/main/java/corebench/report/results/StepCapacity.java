package corebench.report.results;

import corebench.format.Samples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the machine delivered to one core-count step, over the forks of its restricted results that recorded
 * capacity ({@link ForkCapacity}): the median and least delivered capacity of the counted forks, and how many
 * forks were set aside. The machine could not give the step its CPUs when the median is below
 * {@link #SHORT_SHARE} of them, or when more than half the step's forks were set aside: then the step's results,
 * and so its speedups and efficiencies, are not claimed ({@link #claim()}).
 *
 * @param cores    the step's CPUs (k)
 * @param counted  counted forks (rawData rows) of the step's results that recorded capacity
 * @param median   the median delivered capacity of the counted forks, in CPUs ({@code NaN} when none is known)
 * @param least    the least of them ({@code NaN} when none is known)
 * @param setAside forks measured but set aside
 */
public record StepCapacity(int cores, int counted, double median, double least, int setAside) {

    /** The share of the step's CPUs below which its median delivered capacity means the machine fell short. */
    public static final double SHORT_SHARE = 0.8;

    /** How the reader's warning about a step that fell short starts ({@link #sentence()}). */
    public static final String SENTENCE = "The machine could not give the ";

    /** One entry per core count whose restricted results recorded capacity, by core count; none for old runs. */
    public static List<StepCapacity> of(Collection<Measurement> measurements) {
        Map<Integer, List<ForkCapacity>> byCores = new TreeMap<>();
        measurements.stream().filter(m -> m.restricted() && m.capacity().recorded())
                .forEach(m -> byCores.computeIfAbsent(m.cores(), k -> new ArrayList<>()).add(m.capacity()));
        List<StepCapacity> steps = new ArrayList<>();
        byCores.forEach((cores, forks) -> {
            double[] known = forks.stream().flatMapToDouble(f -> Arrays.stream(f.known())).toArray();
            steps.add(new StepCapacity(cores, forks.stream().mapToInt(ForkCapacity::forks).sum(),
                    Samples.median(known), Arrays.stream(known).min().orElse(Double.NaN),
                    forks.stream().mapToInt(f -> f.setAside().size()).sum()));
        });
        return steps;
    }

    /** Whether the machine could not give the step its CPUs. */
    public boolean fellShort() {
        return median < SHORT_SHARE * cores || 2 * setAside > counted + setAside;
    }

    /**
     * The claim of a result of this step: a reason when the machine fell short, e.g. {@code "the machine could
     * not give the 2-core step its CPUs (median 1.12 of 2 delivered; 3 of 5 forks set aside)"}; empty otherwise.
     */
    public Optional<Claim> claim() {
        return fellShort() ? Optional.of(new Claim("the machine could not give the " + cores + "-core step its CPUs (" + figures() + ")"))
                : Optional.empty();
    }

    /** {@code "median 1.12 of 2 delivered; 3 of 5 forks set aside"}. */
    public String figures() {
        return (Double.isFinite(median) ? "median " + cpus(median) + " of " + cores + " delivered" : "capacity not measured")
                + "; " + setAside + " of " + (counted + setAside) + " forks set aside";
    }

    /** The reader's sentence for a step that fell short. */
    public String sentence() {
        return SENTENCE + cores + "-core step its CPUs (" + figures()
                + "): that step's results, speedups and efficiencies are not claimed";
    }

    /** A capacity in CPUs, three significant digits; {@code ?} when unknown. */
    public static String cpus(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3g", value) : "?";
    }
}
