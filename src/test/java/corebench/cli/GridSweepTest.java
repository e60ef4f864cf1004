package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.bench.BandwidthBench;
import corebench.bench.GridCounts;
import corebench.bench.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grid workload through the real entry point and real JMH forks: both benchmarks run and validate,
 * and the reporter reads every result.
 */
class GridSweepTest {
    @TempDir
    Path tmp;

    @Test
    void aTinyGridSweepMeasuresTheGridAndTheProbe() throws Exception {
        Path out = tmp.resolve("results");
        Path log = tmp.resolve("grid.log");
        Process p = CorebenchProcess.start(log, tmp, "sweep", "--quick", "--workloads", "grid", "--cores", "1",
                "--models", "platform-pool", "--warmup-iterations", "1", "--warmup-time", "50", "--iterations", "2",
                "--time", "50", "-P", "size=64", "--rounds", "1", "--headline-rounds", "1", "--out", out.toString());
        try {
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("sweep finished").isTrue();
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        Path jmh;
        try (Stream<Path> s = Files.find(out, 3, (f, a) -> f.getFileName().toString().equals("jmh.json"))) {
            jmh = s.findFirst().orElseThrow();
        }
        Set<String> benchmarks = new HashSet<>();
        for (JsonNode r : new ObjectMapper().readTree(jmh.toFile())) {
            benchmarks.add(r.get("benchmark").asText());
            assertThat(r.at("/params/size").asText()).isEqualTo("64");
            assertThat(r.at("/primaryMetric/score").asDouble()).isPositive();
            // the result records its own work per operation, the same in every iteration
            boolean grid = r.get("benchmark").asText().endsWith("GridBench.run");
            double bytes = grid ? 16.0 * GridCounts.cellUpdatesPerOp(r.at("/params/kernel").asText(), 64, 0)
                    : BandwidthBench.bytesPerOp(r.at("/params/kernel").asText(), 64);
            for (JsonNode iteration : r.at("/secondaryMetrics/bytesPerOp/rawData/0")) {
                assertThat(iteration.asDouble()).isEqualTo(bytes);
            }
            if (grid) {
                assertThat(r.at("/secondaryMetrics/cellUpdatesPerOp/rawData/0/0").asDouble())
                        .isEqualTo(GridCounts.cellUpdatesPerOp("jacobi", 64, 0));
            }
            assertThat(r.at("/secondaryMetrics/bytesPerOp/rawData/0")).hasSize(2);
        }
        JsonNode machine = new ObjectMapper().readTree(jmh.resolveSibling("machine.json").toFile());
        assertThat(machine.get("formatVersion").asInt()).isEqualTo(Work.FORMAT_VERSION);
        assertThat(benchmarks).containsExactlyInAnyOrder("corebench.bench.GridBench.run", "corebench.bench.BandwidthBench.stream");

        // the reporter takes every result of both benchmarks, in their own units
        Path reportLog = tmp.resolve("report.log");
        Process report = CorebenchProcess.start(reportLog, tmp, "report", "--out", tmp.resolve("charts").toString(),
                jmh.getParent().toString());
        assertThat(report.waitFor(2, TimeUnit.MINUTES)).as("report finished").isTrue();
        String reported = Files.readString(reportLog);
        assertThat(report.exitValue()).as(reported).isZero();
        assertThat(reported).doesNotContain("left out");
        assertThat(Files.readString(tmp.resolve("charts").resolve("tables.csv"))).contains("cell updates/s", "bytes/s");
    }

    @AfterEach
    void noProcessLeftBehind() {
        List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertThat(alive).as("processes left behind").isEmpty();
    }
}
