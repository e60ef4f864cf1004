package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The capacity profiler in a real JMH run: its secondary metrics, once per fork, in jmh.json. */
class CapacityProfilerTest {

    @TempDir
    Path dir;

    @Test
    void aJmhRunRecordsTheCapacityBeforeAndAfterTheMeasuredIterations() throws Exception {
        System.setProperty("jmh.ignoreLock", "true"); // in this JVM, past JMH's machine-wide lock other runs may hold
        Path json = dir.resolve("jmh.json");
        Options options = new OptionsBuilder().include(ClockBench.class.getName() + ".chains")
                .param("workers", "1").param("multiplies", "65536")
                .addProfiler(CapacityProfiler.class, "threads=2;windowMs=5")
                .forks(0).warmupIterations(1).measurementIterations(3)
                .warmupTime(TimeValue.milliseconds(50)).measurementTime(TimeValue.milliseconds(50))
                .resultFormat(ResultFormatType.JSON).result(json.toString())
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.getSecondaryResults()).containsKeys(
                CapacityProfiler.BEFORE, CapacityProfiler.AFTER, CapacityProfiler.SLOWEST_BEFORE,
                CapacityProfiler.SLOWEST_AFTER, CapacityProfiler.OWN_BEFORE, CapacityProfiler.OWN_AFTER,
                CapacityProfiler.REFERENCE));
        JsonNode metrics = new ObjectMapper().readTree(json.toFile()).get(0).path("secondaryMetrics");
        for (String name : new String[] {CapacityProfiler.BEFORE, CapacityProfiler.AFTER, CapacityProfiler.OWN_BEFORE}) {
            assertThat(metrics.path(name).path("scoreUnit").asText()).isEqualTo("CPUs");
            assertThat(metrics.path(name).path("rawData").get(0)).as(name + ": one value, after the last iteration").hasSize(1);
            // the fork's own threads (JMH's, the JIT) use a little CPU while it probes: never nothing
            assertThat(metrics.path(name).path("score").asDouble()).isPositive()
                    .isEqualTo(metrics.path(name).path("rawData").get(0).get(0).asDouble());
        }
        assertThat(metrics.path(CapacityProfiler.REFERENCE).path("score").asDouble()).isGreaterThan(1e6);
    }

    @Test
    void aWrongOptionIsOneClearError() {
        assertThatThrownBy(() -> new CapacityProfiler("cpus=2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CapacityProfiler takes threads=N;windowMs=M, not 'cpus=2'");
        assertThatThrownBy(() -> new CapacityProfiler("threads=x")).hasMessageContaining("threads=N;windowMs=M");
        assertThatThrownBy(() -> new CapacityProfiler("threads=0")).isInstanceOf(IllegalArgumentException.class);
    }
}
