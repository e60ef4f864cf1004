package corebench.report.analysis;

import corebench.report.results.Estimate;
import corebench.report.results.Measurement;
import java.util.Optional;

/**
 * One measurement with everything derived from it. Speedups are throughput ratios, so they mean the
 * same for strong scaling ({@code T(1) / T(p)}) and weak scaling (the scaled speedup
 * {@code p T(1) / T(p)}). Values that do not apply are {@link Estimate#NONE}.
 *
 * @param measurement        what JMH measured
 * @param throughput         work per second (unit: {@link WorkPerOperation#throughputUnit()})
 * @param speedup            vs the same model with 1 worker on 1 core
 * @param speedupVsSequential vs the {@code sequential} model on 1 core
 * @param efficiency         speedup per core
 * @param karpFlatt          the Karp–Flatt serial fraction (scaling curve, more than one core)
 */
public record Row(Measurement measurement, Estimate throughput, Estimate speedup, Estimate speedupVsSequential,
                  Estimate efficiency, Estimate karpFlatt) {

    public int cores() {
        return measurement.cores();
    }

    public int workers() {
        return measurement.workers();
    }

    /** Bytes moved per second by the STREAM convention, for results that record bytes per operation. */
    public Optional<Estimate> bytesPerSecond() {
        Double bytes = measurement.work().get("bytes");
        return bytes == null ? Optional.empty() : Optional.of(Estimate.exact(bytes).dividedBy(measurement.secondsPerOp()));
    }

    /** The point the fits see: cores and throughput with its standard error. */
    public FitPoint fitPoint() {
        return new FitPoint(cores(), throughput.value(), throughput.value() * measurement.relativeStandardError());
    }
}
