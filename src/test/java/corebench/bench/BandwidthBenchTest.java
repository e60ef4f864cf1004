package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe's fixtures, called as JMH calls them, on small arrays. */
class BandwidthBenchTest {

    @ParameterizedTest
    @CsvSource({"copy, 1", "copy, 3", "scale, 2", "add, 5", "triad, 2", "triad, 7"})
    void everyElementIsWrittenByTheThreads(String kernel, int workers) {
        BandwidthBench bench = bench(kernel, workers, 131);
        try {
            for (int iteration = 0; iteration < 2; iteration++) {
                bench.spoil();
                Work.Bytes bytes = new Work.Bytes();
                bench.stream(bytes);
                bench.check();
                assertThat(bytes.bytesPerOp).isEqualTo(BandwidthBench.bytesPerOp(kernel, bench.size));
            }
        } finally {
            bench.stopThreads();
        }
    }

    @ParameterizedTest
    @CsvSource({"copy", "scale", "add", "triad"})
    void aSkippedPassFailsTheCheck(String kernel) {
        BandwidthBench bench = bench(kernel, 2, 131);
        try {
            bench.stream(new Work.Bytes());
            bench.check();
            bench.spoil();
            assertThatThrownBy(bench::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("wrong");
        } finally {
            bench.stopThreads();
        }
    }

    /** STREAM's convention: 8 bytes per array access per element, write-allocate not counted; ~2^24 elements per op. */
    @ParameterizedTest
    @CsvSource({"copy, 4096, 268435456", "scale, 4096, 268435456", "add, 4096, 402653184", "triad, 4096, 402653184",
            "copy, 2048, 268435456", "triad, 2048, 402653184", "copy, 512, 268435456", "add, 512, 402653184",
            "copy, 5000, 400000000", "triad, 5000, 600000000"})
    void countsBytesPerOperation(String kernel, int size, long bytes) {
        assertThat(BandwidthBench.bytesPerOp(kernel, size)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"4096, 1", "2048, 4", "512, 64", "5000, 1", "100, 1677"})
    void passesMakeAbout2To24ElementsPerOperation(int size, int passes) {
        assertThat(BandwidthBench.passes(size)).isEqualTo(passes);
    }

    @ParameterizedTest
    @CsvSource({"sum, 1, platform-pool", "copy, 0, platform-pool", "copy, 1, forkjoin"})
    void rejectsBadParameters(String kernel, int workers, String model) {
        BandwidthBench bench = new BandwidthBench();
        bench.model = model;
        bench.kernel = kernel;
        bench.size = 8;
        bench.workers = workers;
        assertThatThrownBy(bench::allocate).isInstanceOf(IllegalArgumentException.class);
    }

    private static BandwidthBench bench(String kernel, int workers, int size) {
        BandwidthBench bench = new BandwidthBench();
        bench.model = "platform-pool";
        bench.kernel = kernel;
        bench.size = size;
        bench.workers = workers;
        bench.allocate();
        return bench;
    }
}
