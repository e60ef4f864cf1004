package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.report.results.Estimate;
import corebench.report.results.Measurement;
import corebench.report.results.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WorkPerOperationTest {

    @Test
    void theThroughputUnitIsTheRecordedOneAndBytesOnlyWhenAlone() {
        WorkPerOperation grid = WorkPerOperation.of(List.of(measurement(Map.of("cell updates", 10.0, "bytes", 160.0))));
        assertThat(grid.throughputUnit()).isEqualTo("cell updates/s");
        assertThat(grid.amount(measurement(Map.of("cell updates", 10.0, "bytes", 160.0)))).isEqualTo(10);
        WorkPerOperation probe = WorkPerOperation.of(List.of(measurement(Map.of("bytes", 24.0))));
        assertThat(probe.throughputUnit()).isEqualTo("bytes/s");
        assertThat(probe.amount(measurement(Map.of("bytes", 24.0)))).isEqualTo(24);
    }

    @Test
    void resultsWithoutWorkCountOperations() {
        WorkPerOperation none = WorkPerOperation.of(List.of(measurement(Map.of()), measurement(Map.of())));
        assertThat(none.throughputUnit()).isEqualTo("operations/s");
        assertThat(none.amount(measurement(Map.of()))).isEqualTo(1);
    }

    @Test
    void resultsThatDisagreeAreRefused() {
        assertThatThrownBy(() -> WorkPerOperation.of(List.of(measurement(Map.of("tasks", 1.0)), measurement(Map.of()))))
                .hasMessageContaining("tasks");
    }

    private static Measurement measurement(Map<String, Double> work) {
        return new Measurement(new Scenario("w", "m", new TreeMap<>()), "sequential", 1, 1, true, Estimate.exact(1), 5,
                work, Path.of("jmh.json"), null, null);
    }
}
