package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.model.ModelType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A tenth model is one class plus one registration": {@link WorkStealingModel}, a throw-away model no
 * file of corebench names, registered as a Java service on a class-path entry of this test only (so that
 * no other test sees it; a built-in model is a {@code ModelKind} constant instead). It runs through a tiny
 * real sweep (real JMH forks, which inherit the class path) and the report, and the matcher gives it every
 * contention strategy its traits allow. It runs alone: nothing here is about the built-in models, which
 * {@link EndToEndSweepTest} sweeps.
 */
class TenthModelTest {
    @TempDir
    Path tmp;

    @Test
    void aModelNoFileNamesRunsThroughASweepAndTheReport() throws Exception {
        Path services = tmp.resolve("ext/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ModelType.class.getName()), WorkStealingModel.class.getName() + "\n");
        String classPath = tmp.resolve("ext") + File.pathSeparator + System.getProperty("java.class.path");

        Path out = tmp.resolve("results");
        Path log = tmp.resolve("sweep.log");
        Process sweep = CorebenchProcess.runToEnd(classPath, log, tmp, 5, "sweep", "--quick", "--workloads",
                "montecarlo,contention", "--models", WorkStealingModel.ID, "--cores", "1",
                "--warmup-iterations", "1", "--warmup-time", "50", "--iterations", "2", "--time", "50",
                "-P", "samples=262144", "-P", "adds=65536", "--rounds", "1", "--headline-rounds", "1", "--out", out.toString());
        assertThat(sweep.exitValue()).as(Files.readString(log)).isZero();

        Path run;
        try (Stream<Path> s = Files.find(out, 3, (f, a) -> f.getFileName().toString().equals("jmh.json"))) {
            run = s.findFirst().orElseThrow().getParent();
        }
        Set<String> strategies = new HashSet<>();
        Set<String> benchmarks = new HashSet<>();
        for (JsonNode r : new ObjectMapper().readTree(run.resolve("jmh.json").toFile())) {
            if (r.at("/params/model").asText().equals(WorkStealingModel.ID)) {
                benchmarks.add(r.get("benchmark").asText());
                if (r.at("/params/strategy").isTextual()) {
                    strategies.add(r.at("/params/strategy").asText());
                }
            }
        }
        assertThat(benchmarks).containsExactlyInAnyOrder("corebench.bench.MonteCarloBench.pi", "corebench.bench.ContentionBench.add");
        // it shares the heap: the matcher gives it every strategy, the heap ones included
        assertThat(strategies).contains("synchronized", "atomic", "partials", "mapped-atomic");

        Path charts = tmp.resolve("charts");
        Process report = CorebenchProcess.runToEnd(classPath, tmp.resolve("report.log"), tmp, 2, "report", "--out",
                charts.toString(), run.toString());
        assertThat(report.exitValue()).as(Files.readString(tmp.resolve("report.log"))).isZero();
        assertThat(Files.readString(charts.resolve("index.html"))).contains(WorkStealingModel.ID);
        assertThat(Files.readString(charts.resolve("tables.csv"))).contains(WorkStealingModel.ID);
    }

    @AfterEach
    void noProcessLeftBehind() {
        List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertThat(alive).as("processes left behind").isEmpty();
    }
}
