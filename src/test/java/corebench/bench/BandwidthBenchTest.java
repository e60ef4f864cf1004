package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe's fixtures, called as JMH calls them, on small arrays. */
class BandwidthBenchTest {

    @ParameterizedTest
    @CsvSource({"copy, 1", "copy, 3", "triad, 2", "triad, 7"})
    void everyElementIsWrittenByTheThreads(String kernel, int workers) throws Exception {
        BandwidthBench bench = bench(kernel, workers);
        try {
            bench.clearDestination();
            Work.Bytes bytes = new Work.Bytes();
            bench.stream(bytes);
            bench.check();
            assertThat(bytes.bytesPerOp).isEqualTo(BandwidthBench.bytesPerOp(kernel, bench.size));
        } finally {
            bench.stopThreads();
        }
    }

    @ParameterizedTest
    @CsvSource({"copy", "triad"})
    void aSkippedPassFailsTheCheck(String kernel) throws Exception {
        BandwidthBench bench = bench(kernel, 2);
        try {
            bench.clearDestination();
            assertThatThrownBy(bench::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("expected");
        } finally {
            bench.stopThreads();
        }
    }

    @ParameterizedTest
    @CsvSource({"copy, 4096, 268435456", "triad, 4096, 402653184", "copy, 512, 268435456", "copy, 5000, 400000000"})
    void countsBytesPerOperation(String kernel, int size, long bytes) {
        assertThat(BandwidthBench.bytesPerOp(kernel, size)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"scale, 1, platform-pool", "copy, 0, platform-pool", "copy, 1, forkjoin"})
    void rejectsBadParameters(String kernel, int workers, String model) {
        BandwidthBench bench = new BandwidthBench();
        bench.model = model;
        bench.kernel = kernel;
        bench.size = 8;
        bench.workers = workers;
        assertThatThrownBy(bench::allocate).isInstanceOf(IllegalArgumentException.class);
    }

    private static BandwidthBench bench(String kernel, int workers) {
        BandwidthBench bench = new BandwidthBench();
        bench.model = "platform-pool";
        bench.kernel = kernel;
        bench.size = 31;
        bench.workers = workers;
        bench.allocate();
        return bench;
    }
}
