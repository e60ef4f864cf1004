package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The frozen formulas of format-1 results (no work recorded in them). */
class LegacyWorkTest {

    private static Scenario scenario(String workload, Map<String, String> params) {
        return new Scenario(workload, "op", new TreeMap<>(params));
    }

    @Test
    void gridCountsCellUpdatesIncludingDefaultStepsAndJacobiBytes() {
        Map<String, Double> jacobi = LegacyWork.of(scenario("grid", Map.of("kernel", "jacobi", "size", "4096", "steps", "0")), 2);
        assertThat(jacobi).containsEntry("cell updates", 2.0 * 4094 * 4094).containsEntry("bytes", 16 * 2.0 * 4094 * 4094);
        Map<String, Double> inplace = LegacyWork.of(scenario("grid", Map.of("kernel", "inplace", "size", "100", "steps", "5")), 1);
        assertThat(inplace).containsOnlyKeys("cell updates").containsEntry("cell updates", 5.0 * 100 * 100);
    }

    @Test
    void bandwidthCountsBytesWhateverTheThreads() {
        Scenario triad = scenario("bandwidth", Map.of("kernel", "triad", "size", "4096"));
        assertThat(LegacyWork.of(triad, 1)).isEqualTo(LegacyWork.of(triad, 2)).containsEntry("bytes", 24.0 * 4096 * 4096);
        assertThat(LegacyWork.of(scenario("bandwidth", Map.of("kernel", "copy", "size", "512")), 1))
                .containsEntry("bytes", 16.0 * 512 * 512 * 64);
    }

    @Test
    void monteCarloAndTheOverheadWorkloads() {
        assertThat(LegacyWork.of(scenario("montecarlo", Map.of("samples", "1000", "scaling", "weak")), 4))
                .containsEntry("samples", 4000.0);
        assertThat(LegacyWork.of(scenario("granularity", Map.of("tasks", "10000")), 2)).containsEntry("tasks", 10_000.0);
        assertThat(LegacyWork.of(scenario("blocking", Map.of("tasks", "1000")), 4096)).containsEntry("tasks", 1_000.0);
        assertThat(LegacyWork.of(scenario("contention", Map.of("adds", "4194304")), 2)).containsEntry("adds", 4_194_304.0);
        assertThat(LegacyWork.of(scenario("startup", Map.of("start", "cold")), 2)).isEmpty();
    }

    @Test
    void aMissingParameterIsNamed() {
        assertThatThrownBy(() -> LegacyWork.of(scenario("grid", Map.of("kernel", "jacobi")), 1)).hasMessageContaining("size");
    }

    @Test
    void recordedCounterNamesBecomeUnits() {
        assertThat(WorkCounts.unit("cellUpdates")).isEqualTo("cell updates");
        assertThat(WorkCounts.unit("samples")).isEqualTo("samples");
    }
}
