package corebench.bench;

import corebench.workload.MonteCarlo;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A benchmark whose tasks draw Monte Carlo samples (Monte Carlo pi, granularity, blocking, the work
 * queue): its results record the kernels' random stream as the parameter {@code stream}, so that results
 * of different streams, which are different kernels, are never compared as one (results without it drew
 * from SplitMix64, docs/results-format.md).
 */
public abstract class SamplingBench extends ModelBench {

    /** The kernels' random stream, {@link MonteCarlo#STREAM}: recorded, not chosen. */
    @Param({MonteCarlo.STREAM})
    public String stream;

    @Setup(Level.Trial)
    public void checkStream() {
        if (!MonteCarlo.STREAM.equals(stream)) {
            throw new IllegalArgumentException("stream is the kernels' own, " + MonteCarlo.STREAM + ", recorded with"
                    + " the results; it cannot be set to " + stream);
        }
    }
}
