package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bounds Jacobi, read from the reference run (this 2-core Zen 4 VM): its arithmetic on 1 core, memory on 2. */
class StencilBoundTest {
    static final Path README_RUN = Path.of("results", "amd-epyc-2cpu", "20261201T130015Z");

    @Test
    void theReferenceRunShowsTheStencilsOwnSpeedAndWhatBoundsItAtEachCoreCount() throws Exception {
        StencilBound b = StencilBound.of(RunAnalysis.of(ResultsReader.read(List.of(README_RUN)))).orElseThrow();
        // 512²: 2 x 2 MiB planes in the 32 MiB L3; 4096²: 256 MiB
        assertThat(b.cachedSize()).isEqualTo(512);
        assertThat(b.cacheBytes()).isEqualTo(32L << 20);
        assertThat(b.memorySize()).isEqualTo(4096);
        // the sequential model on 1 core at 512²: 1.25 G cells/s x 16 bytes; the copy probe there moves 86 GB/s
        assertThat(b.perCore().value() / 1e9).isBetween(19.0, 21.0);
        assertThat(b.perCoreModel()).isEqualTo("sequential");
        assertThat(b.steps()).extracting(StencilBound.Step::cores).containsExactly(1, 2);
        StencilBound.Step one = b.steps().get(0);
        StencilBound.Step two = b.steps().get(1);
        assertThat(one.bound()).isEqualTo("arithmetic and memory bound it about equally"); // ~20 vs 18.3 GB/s
        assertThat(two.bound()).isEqualTo("memory bounds it"); // ~40 vs 22.9 GB/s
        assertThat(two.arithmetic()).isEqualTo(2 * b.perCore().value());
        List<String> words = b.sentences();
        assertThat(words.get(0)).startsWith("Jacobi's own speed: at 512² its two planes (4 MiB) fit the 32 MiB last-level cache")
                .contains("the best model (sequential)").contains("22% of what the copy probe moves at that size");
        assertThat(words.get(1)).startsWith("At 4096² (256 MiB, in memory): 1 core: the arithmetic allows ~19.1 GB/s")
                .contains("2 cores: the arithmetic allows ~38.3 GB/s").contains("so memory bounds it; the best model (forkjoin) reaches 18.7");
    }

    @Test
    void withoutACacheSizeOrACacheResidentSizeItSaysNothing(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        for (String f : new String[] {"jmh.json", "machine.json"}) {
            Files.copy(README_RUN.resolve(f), run.resolve(f));
        }
        ResultFixtures.editMachine(run, m -> ((ObjectNode) m.path("cpu")).putArray("caches"));
        assertThat(StencilBound.of(RunAnalysis.of(ResultsReader.read(List.of(run))))).isEmpty();
        // a 1 MiB last-level cache: 512² (4 MiB of planes) is no longer cache-resident
        ResultFixtures.editMachine(run, m -> ((ObjectNode) m.path("cpu")).putArray("caches").addObject()
                .put("level", 3).put("type", "UNIFIED").put("sizeBytes", 1 << 20));
        assertThat(StencilBound.of(RunAnalysis.of(ResultsReader.read(List.of(run))))).isEmpty();
    }
}
