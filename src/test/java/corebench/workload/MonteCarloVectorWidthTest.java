package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SIMD kernel counts the scalar kernel's hits on narrower vectors too (an AVX2 or a 128-bit machine),
 * interpreted and compiled by C2: a child JVM with {@code -XX:MaxVectorSize} set runs it.
 */
@Timeout(120)
class MonteCarloVectorWidthTest {

    /** Seeds, chunks and sample counts, multiples of the lane count or not. */
    static List<long[]> cases() {
        SplittableRandom random = new SplittableRandom(26);
        List<long[]> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cases.add(new long[] {random.nextLong(), random.nextLong(0, 1 << 20), i < 20 ? i : random.nextLong(1, 20_000)});
        }
        return cases;
    }

    @ParameterizedTest
    @CsvSource({"16, 2", "32, 4"})
    void narrowerVectorsCountTheScalarHits(int maxVectorBytes, int lanes) throws IOException, InterruptedException {
        long scalar = cases().stream().mapToLong(MonteCarlo::scalarHits).sum();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--add-modules=jdk.incubator.vector", "-XX:MaxVectorSize=" + maxVectorBytes,
                "-cp", System.getProperty("java.class.path"), VectorWidthChild.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).isEqualTo(lanes + " " + scalar + " " + scalar + " true");
        } finally {
            child.destroyForcibly().waitFor();
        }
    }
}
