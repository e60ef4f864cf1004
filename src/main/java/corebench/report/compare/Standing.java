package corebench.report.compare;

import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.results.Estimate;
import corebench.report.results.Machine;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where one machine stands for one model in one scenario: its figures ({@link Metric}) with their
 * errors, and the same relative to the baseline machine. A machine that did not measure the model has
 * no series and only {@link Estimate#NONE}s.
 *
 * @param contender  the machine
 * @param series     its measurements of the model, if any
 * @param maxCores   the cores of its {@link Metric#ALL_CORES} figure: the most on its scaling curve, or for a
 *                   model measured only off that curve (e.g. blocking tasks at 256 workers) the most it ran on; 0: none
 * @param maxCoresWorkers the workers of that figure (= {@code maxCores} on the scaling curve)
 * @param figures    every metric that could be computed
 * @param vsBaseline each figure ÷ the baseline machine's, errors propagated (the baseline's own: exactly 1)
 */
public record Standing(Contender contender, Optional<ModelSeries> series, int maxCores, int maxCoresWorkers,
                       Map<Metric, Estimate> figures, Map<Metric, Estimate> vsBaseline) {

    public Standing {
        figures = Map.copyOf(figures);
        vsBaseline = Map.copyOf(vsBaseline);
    }

    /** The figures of a machine's series (empty: not measured). */
    static Standing of(Contender contender, Optional<ModelSeries> series) {
        Map<Metric, Estimate> figures = new EnumMap<>(Metric.class);
        int maxCores = 0;
        int workers = 0;
        if (series.isPresent()) {
            series.get().baseline().ifPresent(r -> figures.put(Metric.ONE_CORE, r.throughput()));
            Optional<Row> top = top(series.get());
            if (top.isPresent()) {
                maxCores = top.get().cores();
                workers = top.get().workers();
                figures.put(Metric.ALL_CORES, top.get().throughput());
                figures.put(Metric.PER_CORE, top.get().throughput().times(1.0 / maxCores));
            }
            Optional<Machine.Frequency> frequency = contender.machine().frequency();
            if (frequency.isPresent()) {
                double perGhz = 1 / frequency.get().ghz();
                if (figures.containsKey(Metric.ONE_CORE)) {
                    figures.put(Metric.ONE_CORE_PER_GHZ, figures.get(Metric.ONE_CORE).times(perGhz));
                }
                if (figures.containsKey(Metric.PER_CORE)) {
                    figures.put(Metric.PER_CORE_PER_GHZ, figures.get(Metric.PER_CORE).times(perGhz));
                }
            }
        }
        return new Standing(contender, series, maxCores, workers, figures, Map.of());
    }

    /**
     * The all-core row: the top of the scaling curve; without a curve, the fastest row on the most cores
     * (a workload such as blocking runs only with more workers than cores).
     */
    private static Optional<Row> top(ModelSeries series) {
        Optional<Row> curve = series.scaling().stream().max(Comparator.comparingInt(Row::cores));
        if (curve.isPresent()) {
            return curve;
        }
        int cores = series.rows().stream().mapToInt(Row::cores).max().orElse(0);
        return series.rows().stream().filter(r -> r.cores() == cores)
                .max(Comparator.comparingDouble(r -> r.throughput().value()));
    }

    /** This standing with its figures relative to {@code baseline}'s. */
    Standing relativeTo(Standing baseline) {
        Map<Metric, Estimate> relative = new EnumMap<>(Metric.class);
        figures.forEach((metric, value) -> {
            Estimate base = baseline.figure(metric);
            if (base.present()) {
                // the baseline divided by itself is exactly 1, not 1 with twice its error
                relative.put(metric, baseline == this ? Estimate.exact(1) : value.dividedBy(base));
            }
        });
        return new Standing(contender, series, maxCores, maxCoresWorkers, figures, relative);
    }

    /** A figure, or {@link Estimate#NONE}. */
    public Estimate figure(Metric metric) {
        return figures.getOrDefault(metric, Estimate.NONE);
    }

    /** A figure ÷ the baseline's, or {@link Estimate#NONE}. */
    public Estimate relative(Metric metric) {
        return vsBaseline.getOrDefault(metric, Estimate.NONE);
    }

    /** Whether the machine measured the model at all. */
    public boolean measured() {
        return series.isPresent();
    }
}
