package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.render.Descriptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsARealRestrictedRun() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        RunResults results = ResultsReader.read(List.of(run));
        assertThat(results.warnings()).isEmpty();
        assertThat(results.machineId()).isEqualTo("amd-epyc-2cpu");
        assertThat(results.machine().cpuModel()).isEqualTo("AMD EPYC");
        assertThat(results.machine().logicalCores()).isEqualTo(2);
        assertThat(results.machine().jvm()).isEqualTo("Eclipse Adoptium 25.0.3");
        assertThat(results.machine().cpuRestriction())
                .isEqualTo("taskset (JMH host JVM started under taskset -c 0 / 0,1)");
        assertThat(results.measurements()).hasSize(14).allSatisfy(m -> {
            assertThat(m.restricted()).isTrue();
            assertThat(m.scenario().workload()).isEqualTo("montecarlo");
            assertThat(m.scenario().method()).isEqualTo("pi");
            assertThat(m.scenario().params()).containsOnlyKeys("kernel", "samples", "scaling", "seed");
            assertThat(m.samples()).as("forks (2 where the fixture's interval is too wide for 5)").isIn(2, 5);
        });
        Measurement first = results.measurements().getFirst();
        // 2.5444550881060675 ± 2.52677285624137 ms/op in the file
        assertThat(first.secondsPerOp().value()).isCloseTo(2.5444550881060675e-3, within(1e-15));
        // the fixture's forks reproduce it over forks to 10 digits (t written with 10)
        assertThat(first.secondsPerOp().error()).isCloseTo(2.52677285624137e-3, within(1e-12));
        assertThat(first.model()).isEqualTo("sequential");
        assertThat(first.placement()).isEqualTo(Placement.SCALING);
        assertThat(results.measurements().stream().filter(m -> m.workers() == 4))
                .allSatisfy(m -> assertThat(m.placement()).isEqualTo(Placement.OVERSUBSCRIBED));
    }

    @Test
    void readsWhatTheSweepRecordsAboutTheMachine() throws Exception {
        // written by the real sweep under taskset -c 0 on this 2-CPU VM, which reports no frequency
        Path run = ResultFixtures.copyResource("/corebench/compare/epyc-1cpu", dir.resolve("epyc-1cpu"));
        Machine m = ResultsReader.read(List.of(run)).machine();
        assertThat(m.baseFrequencyHz()).isEqualTo(-1);
        assertThat(m.maxFrequencyHz()).isEqualTo(-1);
        assertThat(m.frequency()).isEmpty();
        assertThat(m.restrictionAvailable()).isTrue();
        assertThat(m.logicalCores()).isEqualTo(2);
        assertThat(m.usableCpus()).isEqualTo(1);
        assertThat(m.sweepSettings()).isEqualTo("quick (modified): 1 fork, warm-up 1 × 200 ms, measurement 5 × 300 ms");
        assertThat(m.complete()).isTrue();
        assertThat(m.corebenchRevision()).isEqualTo("0.1.0-SNAPSHOT f25c688534b6");
    }

    @Test
    void placesUnrestrictedRunsAtTheCoresTheirWorkersCanUse() throws Exception {
        RunResults results = ResultsReader.read(List.of(ResultFixtures.copy("unrestricted", dir)));
        assertThat(results.measurements()).allSatisfy(m -> {
            assertThat(m.restricted()).isFalse();
            assertThat(m.cores()).isEqualTo(Math.min(m.workers(), 2));
        });
    }

    @Test
    void recoversTheStandardErrorFromJmhsInterval() throws Exception {
        Measurement m = ResultsReader.read(List.of(ResultFixtures.copy("restricted", dir))).measurements().getFirst();
        // 5 forks: the half-width is t(0.9995, 4) = 8.6103 standard errors of the mean of the fork means
        assertThat(m.relativeStandardError()).isCloseTo(m.secondsPerOp().relativeError() / 8.6103, within(1e-5));
    }

    @Test
    void convertsThroughputUnitsToTimePerOperation() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editResults(run, results -> {
            ObjectNode metric = (ObjectNode) results.get(0).path("primaryMetric");
            metric.put("score", 400).put("scoreError", 40).put("scoreUnit", "ops/s");
            ResultFixtures.forks((ObjectNode) results.get(0), metric, 400, 40, "ops");
            return results;
        });
        Measurement m = ResultsReader.read(List.of(run)).measurements().getFirst();
        assertThat(m.secondsPerOp().value()).isCloseTo(1 / 400.0, within(1e-15));
        assertThat(m.secondsPerOp().relativeError()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void warnsAboutAnUnknownUnitAndADuplicateResult() throws Exception {
        Path a = ResultFixtures.copy("restricted", dir);
        Path b = ResultFixtures.copyTo("restricted", dir.resolve("again"));
        ResultFixtures.editResults(b, results -> {
            ((ObjectNode) results.get(1).path("primaryMetric")).put("scoreUnit", "furlongs/op");
            return ResultFixtures.JSON.createArrayNode().add(results.get(0)).add(results.get(1));
        });
        RunResults merged = ResultsReader.read(List.of(a, b));
        assertThat(merged.measurements()).hasSize(14);
        assertThat(merged.warnings()).hasSize(2);
        assertThat(merged.warnings().get(0)).contains("unknown score unit 'furlongs/op'");
        assertThat(merged.warnings().get(1)).startsWith(b.resolve("jmh.json") + ": montecarlo.pi")
                .endsWith("is also in " + a.resolve("jmh.json") + "; using " + b.resolve("jmh.json"));
    }

    @Test
    void jsonThatIsNotAnArrayIsRefused() throws IOException {
        Path run = ResultFixtures.copy("restricted", dir);
        Files.writeString(run.resolve("jmh.json"), "{\"benchmark\": \"x\"}");
        assertThatThrownBy(() -> ResultsReader.read(List.of(run)))
                .hasMessage(run.resolve("jmh.json") + ": not JMH results (expected a JSON array, found object)");
    }

    @Test
    void aFileInsteadOfAFolderIsRefused() {
        Path file = dir.resolve("jmh.json");
        assertThatThrownBy(() -> {
            Files.writeString(file, "[]");
            ResultsReader.read(List.of(file));
        }).hasMessageStartingWith(file + ": not a folder");
    }

    @Test
    void aRunOnARealClusterIsLabelledSo() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        assertThat(ResultsReader.read(List.of(run)).machine().cluster()).as("no cluster field: loopback members").isNull();
        ObjectNode machine = (ObjectNode) ResultFixtures.JSON.readTree(run.resolve("machine.json").toFile());
        machine.set("cluster", ResultFixtures.JSON.readTree("""
                {"name": "lab", "addresses": ["10.0.0.5:5701"], "members": 1, "executorThreads": 8,
                 "memberDetails": [{"address": "10.0.0.5:5701", "executorThreads": 8, "availableProcessors": 8,
                   "cpuModel": "Some CPU", "physicalCores": 8, "logicalCores": 16, "os": "Linux", "jvm": "Temurin 25"}]}"""));
        ResultFixtures.JSON.writeValue(run.resolve("machine.json").toFile(), machine);
        Machine m = ResultsReader.read(List.of(run)).machine();
        assertThat(m.cluster()).isEqualTo("'lab': 1 member, 8 executor threads");
        assertThat(m.clusterMembers()).containsExactly("10.0.0.5:5701 Some CPU (16 logical CPUs, 8 threads) Temurin 25");
        assertThat(Descriptions.subtitle(m)).endsWith("cluster model on cluster 'lab': 1 member, 8 executor threads");
        assertThat(Descriptions.table(m)).containsEntry("cluster (the cluster model's members)",
                "'lab': 1 member, 8 executor threads: 10.0.0.5:5701 Some CPU (16 logical CPUs, 8 threads) Temurin 25");
    }

    @Test
    void aBrokenMachineJsonIsAWarning() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        Files.writeString(run.resolve("machine.json"), "{\"cpu\": ");
        RunResults results = ResultsReader.read(List.of(run));
        assertThat(results.machine().known()).isFalse();
        assertThat(results.machineId()).isEqualTo(dir.getFileName().toString());
        assertThat(results.warnings()).singleElement().asString()
                .startsWith(run.resolve("machine.json") + ": not valid JSON").endsWith("; the machine is unknown");
    }
}
