package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.workload.MonteCarlo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** Every benchmark whose tasks draw Monte Carlo samples records the kernels' stream, which cannot be changed. */
class SamplingBenchTest {

    @Test
    void theStreamIsRecordedByEveryBenchmarkThatSamplesAndCannotBeChanged() throws NoSuchFieldException {
        for (Class<?> bench : List.of(MonteCarloBench.class, GranularityBench.class, BlockingBench.class, QueueBench.class)) {
            assertThat(SamplingBench.class).isAssignableFrom(bench);
        }
        assertThat(SamplingBench.class.getField("stream").getAnnotation(Param.class).value()).containsExactly("xoshiro256++");
        MonteCarloBench bench = new MonteCarloBench();
        bench.stream = MonteCarlo.STREAM;
        bench.checkStream();
        bench.stream = "splitmix64";
        assertThatThrownBy(bench::checkStream).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stream is the kernels' own, xoshiro256++, recorded with the results; it cannot be set to splitmix64");
    }
}
