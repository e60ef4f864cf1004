package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.results.Scenario;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each workload's throughput is in its own unit of work: samples, cell updates, bytes, tasks, adds. */
class WorkPerOperationTest {

    private static Scenario scenario(String workload, String method, Map<String, String> params) {
        return new Scenario(workload, method, new TreeMap<>(params));
    }

    @Test
    void gridCountsCellUpdatesIncludingDefaultSteps() {
        WorkPerOperation grid = WorkPerOperation.of("grid");
        assertThat(grid.throughputUnit()).isEqualTo("cell updates/s");
        Scenario jacobi = scenario("grid", "run", Map.of("kernel", "jacobi", "size", "4096", "steps", "0", "bandsPerWorker", "1"));
        assertThat(grid.amount(jacobi, 2)).isEqualTo(2.0 * 4094 * 4094);
        Scenario inplace = scenario("grid", "run", Map.of("kernel", "inplace", "size", "100", "steps", "5", "bandsPerWorker", "4"));
        assertThat(grid.amount(inplace, 1)).isEqualTo(5.0 * 100 * 100);
    }

    @Test
    void bandwidthCountsBytesWhateverTheThreads() {
        WorkPerOperation probe = WorkPerOperation.of("bandwidth");
        assertThat(probe.throughputUnit()).isEqualTo("bytes/s");
        Scenario triad = scenario("bandwidth", "stream", Map.of("kernel", "triad", "size", "4096"));
        assertThat(probe.amount(triad, 1)).isEqualTo(probe.amount(triad, 2)).isEqualTo(24.0 * 4096 * 4096);
    }

    @Test
    void overheadWorkloadsCountTheirTasksAndAddsWhateverTheWorkers() {
        Scenario granularity = scenario("granularity", "batch", Map.of("chunkSize", "100", "tasks", "10000"));
        assertThat(WorkPerOperation.of("granularity").throughputUnit()).isEqualTo("tasks/s");
        assertThat(WorkPerOperation.of("granularity").amount(granularity, 2)).isEqualTo(10_000);
        Scenario blocking = scenario("blocking", "batch", Map.of("tasks", "1000"));
        assertThat(WorkPerOperation.of("blocking").amount(blocking, 4096)).isEqualTo(1_000);
        Scenario contention = scenario("contention", "add", Map.of("adds", "4194304", "strategy", "atomic"));
        assertThat(WorkPerOperation.of("contention").throughputUnit()).isEqualTo("adds/s");
        assertThat(WorkPerOperation.of("contention").amount(contention, 1))
                .isEqualTo(WorkPerOperation.of("contention").amount(contention, 2)).isEqualTo(4_194_304);
    }

    @Test
    void bandwidthCountsStreamBytesForEveryKernel() {
        WorkPerOperation probe = WorkPerOperation.of("bandwidth");
        Map<String, Double> perElement = Map.of("copy", 16.0, "scale", 16.0, "add", 24.0, "triad", 24.0);
        perElement.forEach((kernel, bytes) -> assertThat(probe.amount(scenario("bandwidth", "stream",
                Map.of("kernel", kernel, "size", "2048")), 1)).as(kernel).isEqualTo(bytes * 2048 * 2048 * 4));
    }

    @Test
    void pipeCountsFramesAndStartupCountsStartsPerColdShot() {
        assertThat(WorkPerOperation.of("pipe").amount(scenario("pipe", "roundTrips", Map.of("frames", "10000", "window", "16")), 1))
                .isEqualTo(10_000);
        WorkPerOperation startup = WorkPerOperation.of("startup");
        assertThat(startup.amount(scenario("startup", "cold", Map.of("starts", "200")), 2)).isEqualTo(200);
        assertThat(startup.amount(scenario("startup", "warm", Map.of("starts", "200")), 2)).isEqualTo(1);
        // results from before cold shots had several starts: one start per operation
        assertThat(startup.amount(scenario("startup", "firstTask", Map.of("start", "cold")), 2)).isEqualTo(1);
    }

    @Test
    void anUnknownWorkloadCountsOperations() {
        assertThat(WorkPerOperation.of("nbody").throughputUnit()).isEqualTo("operations/s");
    }
}
