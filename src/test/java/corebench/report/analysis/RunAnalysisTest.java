package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.PairedRatio;
import corebench.report.ResultFixtures;
import corebench.report.results.Measurement;
import corebench.report.results.ResultsReader;
import corebench.report.results.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAnalysisTest {

    @TempDir
    Path dir;

    private static Scenario scenario(String workload, Map<String, String> params) {
        return new Scenario(workload, "run", new TreeMap<>(params));
    }

    @Test
    void labelsNameWhatVariesAndAreUniqueEvenWhenValuesReadAlike() {
        Scenario a = scenario("w", Map.of("a", "1, b=2"));
        Scenario b = scenario("w", Map.of("a", "1", "b", "2"));
        Scenario c = scenario("w", Map.of("a", "3", "b", "2"));
        Scenario other = scenario("v", Map.of("a", "1"));
        Map<Scenario, String> labels = RunAnalysis.labels(List.of(a, b, c, other));
        assertThat(labels).containsEntry(a, "w a=1, b=2, b=null").containsEntry(b, "w a=1, b=2")
                .containsEntry(c, "w a=3, b=2").containsEntry(other, "v");
        Scenario alike = scenario("w", Map.of("a", "1, b=2", "b", "null"));
        assertThat(RunAnalysis.labels(List.of(a, b, alike)).values()).doesNotHaveDuplicates()
                .contains("w a=1, b=2, b=null", "w a=1, b=2, b=null #2");
    }

    private RunAnalysis restricted() throws Exception {
        return RunAnalysis.of(ResultsReader.read(List.of(ResultFixtures.copy("restricted", dir))));
    }

    private static ScenarioAnalysis scenario(RunAnalysis a, String label) {
        return a.scenarios().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    private static ModelSeries model(ScenarioAnalysis s, String model) {
        return s.models().stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void groupsByScenarioAndNamesThemByWhatVaries() throws Exception {
        RunAnalysis a = restricted();
        assertThat(a.scenarios()).map(ScenarioAnalysis::label)
                .containsExactly("montecarlo scaling=strong", "montecarlo scaling=weak");
        assertThat(scenario(a, "montecarlo scaling=strong").models()).map(ModelSeries::model)
                .containsExactly("sequential", "platform-pool", "forkjoin");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void speedupsArePairedThroughputRatios() throws Exception {
        ScenarioAnalysis strong = scenario(restricted(), "montecarlo scaling=strong");
        ModelSeries pool = model(strong, "platform-pool");
        Row one = pool.baseline().orElseThrow();
        Row two = pool.scaling().get(1);
        Row sequential = model(strong, "sequential").baseline().orElseThrow();
        assertThat(one.speedup().value()).isEqualTo(1);
        assertThat(one.speedup().error()).isZero();
        double t1 = one.measurement().secondsPerOp().value();
        double t2 = two.measurement().secondsPerOp().value();
        assertThat(two.speedup().value()).isCloseTo(t1 / t2, within(1e-12));
        // round r of the 1-core run paired with round r of the 2-core run
        assertThat(two.speedup().error()).isCloseTo(PairedRatio.of(one.measurement().roundSeconds(),
                two.measurement().roundSeconds()).halfWidth(), within(1e-12));
        assertThat(two.speedupVsSequential().value())
                .isCloseTo(sequential.measurement().secondsPerOp().value() / t2, within(1e-12));
        assertThat(two.efficiency().value()).isCloseTo(two.speedup().value() / 2, within(1e-12));
        assertThat(two.karpFlatt().value()).isCloseTo((1 / two.speedup().value() - 0.5) / 0.5, within(1e-12));
        // samples per second: 1048576 samples per operation
        assertThat(one.throughput().value()).isCloseTo(1048576 / t1, within(1e-3));
        assertThat(strong.work().throughputUnit()).isEqualTo("samples/s");
    }

    @Test
    void weakScalingCountsTheSamplesOfEveryWorker() throws Exception {
        ScenarioAnalysis weak = scenario(restricted(), "montecarlo scaling=weak");
        Row two = model(weak, "forkjoin").scaling().get(1);
        assertThat(two.workers()).isEqualTo(2);
        assertThat(two.throughput().value())
                .isCloseTo(2 * 1048576 / two.measurement().secondsPerOp().value(), within(1e-3));
    }

    @Test
    void fitsTheRightLawPerScalingAndSaysWhyTheUslIsMissing() throws Exception {
        RunAnalysis a = restricted();
        ModelFits strong = model(scenario(a, "montecarlo scaling=strong"), "forkjoin").fits();
        ModelFits weak = model(scenario(a, "montecarlo scaling=weak"), "forkjoin").fits();
        // 2 core counts determine a 2-parameter law exactly: no fit, and the note says how many more it needs
        assertThat(strong.amdahl()).isEmpty();
        assertThat(strong.gustafson()).isEmpty();
        assertThat(weak.gustafson()).isEmpty();
        assertThat(weak.amdahl()).isEmpty();
        assertThat(strong.usl()).isEmpty();
        assertThat(strong.notes()).containsExactly(
                "no fit: Amdahl has 2 parameters: a fit needs 3 core counts, one to test it (this run has 2: 1 more)");
        assertThat(weak.notes()).containsExactly(
                "no fit: Gustafson has 2 parameters: a fit needs 3 core counts, one to test it (this run has 2: 1 more)");
        ScenarioAnalysis synthetic = RunAnalysis.of(ResultsReader.read(List.of(ResultFixtures.syntheticSweep(dir))))
                .scenarios().getFirst();
        assertThat(model(synthetic, "forkjoin").fits().amdahl()).as("5 core counts").isPresent();
        assertThat(model(scenario(a, "montecarlo scaling=strong"), "sequential").fits().notes())
                .containsExactly("the baseline runs in one thread: not fitted");
    }

    @Test
    void recoversTheSyntheticSerialFractionsWithinTheirErrors() throws Exception {
        RunAnalysis a = RunAnalysis.of(ResultsReader.read(List.of(ResultFixtures.syntheticSweep(dir))));
        ScenarioAnalysis s = a.scenarios().getFirst();
        assertThat(s.coreCounts()).containsExactly(1, 2, 4, 8, 16);
        ResultFixtures.SERIAL_FRACTIONS.forEach((name, f) -> {
            ModelFits fits = model(s, name).fits();
            AmdahlFit amdahl = fits.amdahl().orElseThrow();
            assertThat(Math.abs(amdahl.serialFraction().value() - f)).as(name)
                    .isLessThan(amdahl.serialFraction().error());
            assertThat(fits.usl()).as(name).isPresent();
        });
        assertThat(model(s, "forkjoin").oversubscribed()).map(Row::workers).containsExactly(32, 64);
    }

    @Test
    void warnsWhenAModelHasNoOneCoreBaseline() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editResults(run, results -> {
            // forkjoin's 1-core runs become another model's
            for (var r : results) {
                ObjectNode params = (ObjectNode) r.path("params");
                if (params.path("cores").asText().equals("1") && params.path("model").asText().equals("forkjoin")) {
                    params.put("model", "virtual");
                }
            }
            return results;
        });
        RunAnalysis a = RunAnalysis.of(ResultsReader.read(List.of(run)));
        assertThat(a.warnings()).contains("montecarlo scaling=strong: forkjoin has no run with 1 worker on 1 core,"
                + " so no speedups");
        ModelSeries fj = model(scenario(a, "montecarlo scaling=strong"), "forkjoin");
        assertThat(fj.rows()).allSatisfy(r -> assertThat(r.speedup().present()).isFalse());
        assertThat(fj.rows().stream().map(Row::measurement).map(Measurement::cores)).containsOnly(2);
    }
}
