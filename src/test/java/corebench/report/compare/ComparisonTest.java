package corebench.report.compare;

import static corebench.report.compare.ComparisonFixtures.ONE_CPU;
import static corebench.report.compare.ComparisonFixtures.TWO_CPUS;
import static corebench.report.compare.ComparisonFixtures.compare;
import static corebench.report.compare.ComparisonFixtures.copy;
import static corebench.report.compare.ComparisonFixtures.setScore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.results.Estimate;
import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers and checks of a comparison, on the two real results folders (1 CPU and 2 CPUs) and edits of them. */
class ComparisonTest {

    @TempDir
    Path dir;

    private Path one() {
        return copy(ONE_CPU, dir);
    }

    private Path two() {
        return copy(TWO_CPUS, dir);
    }

    private static ModelComparison model(Comparison c, String model) {
        return c.scenarios().getFirst().models().stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow();
    }

    private static Standing standing(Comparison c, String model, String machine) {
        return model(c, model).standings().stream().filter(s -> s.contender().label().equals(machine)).findFirst()
                .orElseThrow();
    }

    @Test
    void comparesTheTwoRealSetsModelByModel() throws Exception {
        Comparison c = compare(one(), two());
        assertThat(c.labels()).containsExactly(ONE_CPU, TWO_CPUS);
        assertThat(c.baseline().label()).isEqualTo(ONE_CPU);
        assertThat(c.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("montecarlo");
            assertThat(s.work().throughputUnit()).isEqualTo("samples/s");
            assertThat(s.models()).map(ModelComparison::model).containsExactly("sequential", "platform-pool", "forkjoin");
        });
        assertThat(c.leftOut()).isEmpty();
        assertThat(c.coreCounts().values()).map(List::copyOf).containsExactly(List.of(1), List.of(1, 2));
        for (String model : List.of("sequential", "platform-pool", "forkjoin")) {
            Standing limited = standing(c, model, ONE_CPU);
            assertThat(limited.maxCores()).isEqualTo(1);
            assertThat(limited.figure(Metric.ALL_CORES)).isEqualTo(limited.figure(Metric.ONE_CORE));
            Standing full = standing(c, model, TWO_CPUS);
            assertThat(full.maxCores()).isEqualTo(model.equals("sequential") ? 1 : 2);
            Estimate all = full.figure(Metric.ALL_CORES);
            assertThat(full.figure(Metric.PER_CORE).value()).isCloseTo(all.value() / full.maxCores(), within(1e-6));
            assertThat(full.figure(Metric.PER_CORE).error()).isCloseTo(all.error() / full.maxCores(), within(1e-6));
            // the 2-core figure is the 2-worker run, not an oversubscribed one
            Estimate top = full.series().orElseThrow().scaling().getLast().throughput();
            assertThat(all).isEqualTo(top);
        }
    }

    @Test
    void aModelOffTheScalingCurveIsComparedByItsFastestRunOnTheMostCores() throws Exception {
        Path two = two();
        ResultFixtures.editResults(two, results -> {
            results.removeIf(r -> r.path("params").path("model").asText().equals("forkjoin")
                    && r.path("params").path("workers").asInt() <= 2);
            return results;
        });
        Standing full = standing(compare(one(), two), "forkjoin", TWO_CPUS);
        assertThat(full.series().orElseThrow().scaling()).isEmpty();
        var fastest = full.series().orElseThrow().rows().stream()
                .max(Comparator.comparingDouble(r -> r.throughput().value())).orElseThrow();
        assertThat(full.maxCores()).isEqualTo(2);
        assertThat(full.maxCoresWorkers()).isEqualTo(fastest.workers()).isIn(4, 8);
        assertThat(full.figure(Metric.ALL_CORES)).isEqualTo(fastest.throughput());
        assertThat(full.figure(Metric.ONE_CORE).present()).isFalse();
    }

    @Test
    void ratiosToTheBaselinePropagateBothErrorsAndTheBaselineIsExactlyOne() throws Exception {
        Comparison c = compare(one(), two());
        for (ModelComparison m : c.scenarios().getFirst().models()) {
            Standing base = m.standings().get(0);
            Standing other = m.standings().get(1);
            assertThat(base.relative(Metric.ALL_CORES)).isEqualTo(Estimate.exact(1));
            Estimate a = other.figure(Metric.ALL_CORES);
            Estimate b = base.figure(Metric.ALL_CORES);
            double ratio = a.value() / b.value();
            double error = ratio * Math.sqrt(Math.pow(a.error() / a.value(), 2) + Math.pow(b.error() / b.value(), 2));
            assertThat(other.relative(Metric.ALL_CORES).value()).isCloseTo(ratio, within(1e-12));
            assertThat(other.relative(Metric.ALL_CORES).error()).isCloseTo(error, within(1e-12));
            assertThat(error).isPositive();
        }
    }

    @Test
    void anUnknownFrequencyGivesNoPerGhzFigureAndIsNeverDividedBy() throws Exception {
        Comparison c = compare(one(), two());
        // the VM reports -1 for both frequencies
        c.contenders().forEach(m -> assertThat(m.machine().frequency()).isEmpty());
        for (ModelComparison m : c.scenarios().getFirst().models()) {
            for (Standing s : m.standings()) {
                assertThat(s.figures()).doesNotContainKeys(Metric.ONE_CORE_PER_GHZ, Metric.PER_CORE_PER_GHZ);
            }
            assertThat(m.verdict(Metric.ONE_CORE_PER_GHZ)).isEmpty();
        }
    }

    @Test
    void perGhzDividesByTheBaseFrequencyElseTheMaximum() throws Exception {
        Path one = one();
        Path two = two();
        ResultFixtures.editMachine(one, m -> ((ObjectNode) m.path("cpu")).put("maxFrequencyHz", 4_000_000_000L));
        ResultFixtures.editMachine(two, m -> ((ObjectNode) m.path("cpu")).put("vendorFrequencyHz", 2_000_000_000L)
                .put("maxFrequencyHz", 3_500_000_000L));
        Comparison c = compare(one, two);
        assertThat(c.contenders().get(0).machine().frequency()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("max"));
        assertThat(c.contenders().get(1).machine().frequency()).hasValueSatisfying(f -> assertThat(f.describe())
                .isEqualTo("2.00 GHz (base)"));
        Standing limited = standing(c, "forkjoin", ONE_CPU);
        Standing full = standing(c, "forkjoin", TWO_CPUS);
        assertThat(limited.figure(Metric.ONE_CORE_PER_GHZ).value())
                .isCloseTo(limited.figure(Metric.ONE_CORE).value() / 4, within(1e-3));
        assertThat(full.figure(Metric.PER_CORE_PER_GHZ).value())
                .isCloseTo(full.figure(Metric.ALL_CORES).value() / 2 / 2, within(1e-3));
        assertThat(model(c, "forkjoin").verdict(Metric.PER_CORE_PER_GHZ)).hasValueSatisfying(v ->
                assertThat(v.significance()).isNotEqualTo(Verdict.Significance.NO_CONTEST));
    }

    @Test
    void everyVerdictNamesTheHigherFigureAndItsMargin() throws Exception {
        Comparison c = compare(one(), two());
        for (ModelComparison m : c.scenarios().getFirst().models()) {
            for (Verdict v : m.verdicts().values()) {
                Estimate best = v.winner().figure(v.metric());
                Estimate next = v.runnerUp().orElseThrow().figure(v.metric());
                assertThat(best.value()).isGreaterThanOrEqualTo(next.value());
                assertThat(v.margin().value()).isCloseTo(best.value() / next.value(), within(1e-12));
                boolean apart = best.value() - best.error() > next.value() + next.error();
                assertThat(v.significance()).isEqualTo(apart ? Verdict.Significance.CLEAR
                        : Verdict.Significance.WITHIN_ERRORS);
            }
        }
    }

    @Test
    void aWinIsBeyondErrorsOnlyWhenTheIntervalsDoNotOverlap() throws Exception {
        Path one = one();
        Path two = two();
        setScore(one, "forkjoin", 1, 1, 4.0, 0.1);
        setScore(two, "forkjoin", 2, 2, 2.0, 0.1);
        setScore(one, "platform-pool", 1, 1, 4.0, 1.0);
        setScore(two, "platform-pool", 2, 2, 3.0, 1.0);
        setScore(one, "sequential", 1, 1, 4.0, "NaN");
        Comparison c = compare(one, two);
        Verdict clear = model(c, "forkjoin").verdict(Metric.ALL_CORES).orElseThrow();
        assertThat(clear.winner().contender().label()).isEqualTo(TWO_CPUS);
        assertThat(clear.significance()).isEqualTo(Verdict.Significance.CLEAR);
        assertThat(clear.margin().value()).isCloseTo(2.0, within(1e-9));
        // 4 ± 1 ms and 3 ± 1 ms: throughputs 250 [200, 333] and 333 [250, 500] per ms overlap
        Verdict close = model(c, "platform-pool").verdict(Metric.ALL_CORES).orElseThrow();
        assertThat(close.winner().contender().label()).isEqualTo(TWO_CPUS);
        assertThat(close.significance()).isEqualTo(Verdict.Significance.WITHIN_ERRORS);
        assertThat(model(c, "sequential").verdict(Metric.ONE_CORE).orElseThrow().significance())
                .isEqualTo(Verdict.Significance.UNKNOWN);
    }

    @Test
    void aModelOnOneMachineOnlyIsNoContest() throws Exception {
        Path one = one();
        ResultFixtures.editResults(one, results -> {
            results.removeIf(r -> r.path("params").path("model").asText().equals("forkjoin"));
            return results;
        });
        Comparison c = compare(one, two());
        Verdict v = model(c, "forkjoin").verdict(Metric.ALL_CORES).orElseThrow();
        assertThat(v.significance()).isEqualTo(Verdict.Significance.NO_CONTEST);
        assertThat(v.runnerUp()).isEmpty();
        assertThat(standing(c, "forkjoin", ONE_CPU).measured()).isFalse();
        assertThat(standing(c, "forkjoin", TWO_CPUS).relative(Metric.ALL_CORES).present()).isFalse();
    }

    @Test
    void theRealSetsDifferInCoreCountsAndCpuAffinityOnly() throws Exception {
        assertThat(compare(one(), two()).unfair()).containsExactly(
                "core counts differ: epyc-1cpu measured 1; epyc-2cpu measured 1, 2 ('all cores' compares different"
                        + " numbers of cores)",
                "epyc-1cpu: the sweep was confined to 1 of the machine's 2 CPUs (CPU affinity), so it stands for a"
                        + " 1-CPU machine");
    }

    @Test
    void statesEveryDifferenceBesidesTheHardware() throws Exception {
        Path two = two();
        ResultFixtures.editMachine(two, m -> {
            ((ObjectNode) m.path("jvm")).put("version", "21.0.5");
            ((ObjectNode) m.path("corebench")).put("revision", "0123456789abcdef0123456789abcdef01234567");
            ((ObjectNode) m.path("plan").path("jmh")).put("iterations", 10);
            ((ObjectNode) m.path("cpuRestriction")).put("available", false).put("note", "not Linux");
            m.put("status", "interrupted");
        });
        List<String> unfair = compare(one(), two).unfair();
        assertThat(unfair).anySatisfy(u -> assertThat(u).startsWith("different JVMs: epyc-1cpu Eclipse Adoptium 25.0.3;"
                + " epyc-2cpu Eclipse Adoptium 21.0.5"));
        assertThat(unfair).anySatisfy(u -> assertThat(u).startsWith("different corebench builds: epyc-1cpu"
                + " 0.1.0-SNAPSHOT f25c688534b6; epyc-2cpu 0.1.0-SNAPSHOT 0123456789ab"));
        assertThat(unfair).anySatisfy(u -> assertThat(u).startsWith("different sweep settings: epyc-1cpu quick (modified):"
                + " 1 fork, warm-up 1 × 200 ms, measurement 5 × 300 ms; epyc-2cpu quick (modified): 1 fork, warm-up"
                + " 1 × 200 ms, measurement 10 × 300 ms"));
        assertThat(unfair).anySatisfy(u -> assertThat(u).startsWith("epyc-2cpu: CPU restriction was not available"
                + " (not available (not Linux)), so its runs below 2 cores could use every CPU"));
        assertThat(unfair).contains("epyc-2cpu: the sweep did not finish, so its results are partial");
    }

    @Test
    void unknownBuildsAndMissingDescriptionsAreStated() throws Exception {
        // without machine.json the machine is named after its folder in results/<machine-id>/<timestamp>
        Path one = copy(ONE_CPU, dir.resolve(ONE_CPU), "20261121T072326Z");
        Path two = two();
        ResultFixtures.editMachine(two, m -> ((ObjectNode) m.path("corebench")).put("revision", "unknown"));
        Files.delete(one.resolve("machine.json"));
        List<String> unfair = compare(one, two).unfair();
        assertThat(unfair).contains(
                "epyc-1cpu: no machine.json, so its hardware, JVM and settings are unknown and cannot be checked",
                "epyc-2cpu: corebench's revision was not recorded (not run from a git checkout), so whether every"
                        + " machine ran the same benchmarks cannot be checked");
    }

    @Test
    void coreCountsAMachineHadTheCpusForAreGaps() throws Exception {
        Path gappy = copy(TWO_CPUS, dir, "gappy");
        ResultFixtures.editResults(gappy, results -> {
            results.removeIf(r -> r.path("params").path("cores").asText().equals("2"));
            return results;
        });
        ResultFixtures.editMachine(gappy, m -> m.put("machineId", "gappy-2cpu"));
        assertThat(compare(two(), gappy).unfair()).contains(
                "gappy-2cpu lacks 2 core, which other machines measured and it has the CPUs for");
    }

    @Test
    void aScenarioOfOneMachineOnlyIsLeftOutWithItsReason() throws Exception {
        Path two = two();
        ResultFixtures.editResults(two, results -> {
            ObjectNode weak = results.get(0).deepCopy();
            ((ObjectNode) weak.path("params")).put("scaling", "weak");
            results.add(weak);
            return results;
        });
        Comparison c = compare(one(), two);
        assertThat(c.scenarios()).hasSize(1);
        assertThat(c.leftOut()).containsExactly("montecarlo.pi kernel=scalar, samples=1048576, scaling=weak,"
                + " seed=20261121: measured only on epyc-2cpu, not compared");
    }

    @Test
    void runsOfDifferentRandomStreamsAreDifferentKernelsAndNotCompared() throws Exception {
        Path one = one();
        Path two = two();
        ResultFixtures.editResults(one, results -> withWeakCopy(results, null));
        ResultFixtures.editResults(two, results -> withWeakCopy(results, "xoshiro256++"));
        Comparison c = compare(one, two);
        assertThat(c.scenarios()).singleElement().satisfies(s -> assertThat(s.scenario().params()).containsEntry("scaling", "strong"));
        assertThat(c.leftOut()).containsExactly("montecarlo.pi kernel=scalar, samples=1048576, scaling=weak, seed=20261121:"
                + " different kernels, not compared: the machines drew their random numbers from different streams"
                + " (epyc-1cpu: splitmix64 (not recorded, before 2026-12-06); epyc-2cpu: xoshiro256++)");

        ResultFixtures.editResults(two, results -> {
            results.forEach(r -> ((ObjectNode) r.path("params")).put("stream", "xoshiro256++"));
            return results;
        });
        assertThatThrownBy(() -> compare(one, two)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("nothing to compare: montecarlo.pi").hasMessageContaining("different kernels");
        ResultFixtures.editResults(one, results -> {
            results.forEach(r -> ((ObjectNode) r.path("params")).put("stream", "xoshiro256++"));
            return results;
        });
        assertThat(compare(one, two).scenarios()).hasSize(2);
    }

    /** The results and a weak-scaling copy of the first, with {@code stream} set ({@code null}: not recorded). */
    private static ArrayNode withWeakCopy(ArrayNode results, String stream) {
        ObjectNode weak = results.get(0).deepCopy();
        ((ObjectNode) weak.path("params")).put("scaling", "weak");
        if (stream != null) {
            ((ObjectNode) weak.path("params")).put("stream", stream);
        }
        results.add(weak);
        return results;
    }

    @Test
    void noWorkloadInCommonIsNothingToCompare() throws Exception {
        Path two = two();
        ResultFixtures.editResults(two, results -> rename(results, "corebench.bench.GridBench.run"));
        assertThatThrownBy(() -> compare(one(), two)).isInstanceOf(ReportException.class).hasMessage(
                "nothing to compare: the results have no workload in common (epyc-1cpu: montecarlo; epyc-2cpu: grid)");
    }

    @Test
    void theSameWorkloadWithOtherParametersIsNothingToCompare() throws Exception {
        Path two = two();
        ResultFixtures.editResults(two, results -> {
            results.forEach(r -> ((ObjectNode) r.path("params")).put("seed", "7"));
            return results;
        });
        assertThatThrownBy(() -> compare(one(), two)).isInstanceOf(ReportException.class).hasMessage(
                "nothing to compare: montecarlo was run with different parameters on each machine (epyc-1cpu:"
                        + " kernel=scalar, samples=1048576, scaling=strong, seed=20261121; epyc-2cpu: kernel=scalar,"
                        + " samples=1048576, scaling=strong, seed=7)");
    }

    @Test
    void aMachineWhoseEveryForkWasSetAsideIsNamedAsTheReasonForNothingToCompare() throws Exception {
        Path one = one();
        // as the sweep writes a result none of whose forks got the step's CPUs: its rows kept apart, not counted
        ResultFixtures.editResults(one, results -> {
            for (JsonNode r : results) {
                ObjectNode result = (ObjectNode) r;
                ObjectNode metric = (ObjectNode) result.path("primaryMetric");
                ArrayNode setAside = result.putArray("setAside");
                metric.path("rawData").forEach(fork -> setAside.addObject().put("round", 1).put("capacity", 0.4)
                        .put("reason", "the capacity probe got 0.4 of 1 CPUs").set("rawData", fork));
                metric.putArray("rawData");
                result.putArray("rounds");
                result.put("forks", 0).put("claimed", false).put("claimReason", "no fork got the step's CPUs");
            }
            return results;
        });
        // results that record their work (format 2), from before the sweep kept a set-aside fork's secondary metrics
        ResultFixtures.editMachine(one, machine -> machine.put("formatVersion", 2));
        // on main: "nothing to compare: montecarlo was run with different parameters on each machine", naming the same ones
        assertThatThrownBy(() -> compare(one, two())).isInstanceOf(ReportException.class).hasMessage("nothing to compare:"
                + " montecarlo.pi kernel=scalar, samples=1048576, scaling=strong, seed=20261121: throughput in different units"
                + " [operations/s, samples/s] (see the warnings), not compared: epyc-1cpu had every fork of a result set aside"
                + " (the machine did not give the step its CPUs): measure it again");
    }

    @Test
    void runsWhoseSizesScaleWithTheirMachinesAreComparedByThroughputAndTheNoteShowsEachSize() throws Exception {
        Path one = one();
        Comparison same = compare(one, two());
        // the 2-CPU run made with 8 times the samples per operation (as a sweep sizes strong scaling for more cores),
        // each operation taking 8 times as long: the same throughput
        Path two = copy(TWO_CPUS, dir.resolve("scaled"));
        ResultFixtures.editResults(two, results -> {
            for (JsonNode r : results) {
                ((ObjectNode) r.path("params")).put("samples", "8388608");
                ObjectNode metric = (ObjectNode) r.path("primaryMetric");
                metric.put("score", metric.path("score").asDouble() * 8).put("scoreError", metric.path("scoreError").asDouble() * 8);
                metric.path("rawData").forEach(fork -> {
                    for (int i = 0; i < fork.size(); i++) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) fork).set(i, fork.get(i).asDouble() * 8);
                    }
                });
            }
            return results;
        });
        Comparison scaled = compare(one, two);
        assertThat(scaled.scenarios()).singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("montecarlo"));
        for (String model : List.of("sequential", "platform-pool", "forkjoin")) {
            for (Metric metric : List.of(Metric.ONE_CORE, Metric.ALL_CORES)) {
                assertThat(standing(scaled, model, TWO_CPUS).figure(metric).value()).as("%s %s", model, metric)
                        .isCloseTo(standing(same, model, TWO_CPUS).figure(metric).value(), within(1e-6 * standing(same, model, TWO_CPUS).figure(metric).value()));
            }
        }
        assertThat(scaled.unfair()).anySatisfy(note -> assertThat(note)
                .contains("montecarlo: sizes differ (epyc-1cpu: samples=1048576; epyc-2cpu: samples=8388608)")
                .contains("compared by throughput (samples/s), not time per operation"));
        assertThat(same.unfair()).noneMatch(note -> note.contains("sizes differ"));
    }

    @Test
    void twoRunsOfOneMachineAreToldApartByTheirFoldersOrByLabels() throws Exception {
        Path a = copy(TWO_CPUS, dir.resolve("results"), "20261121T000000Z");
        Path b = copy(TWO_CPUS, dir.resolve("results"), "20261122T000000Z");
        assertThat(Comparison.of(Contenders.read(List.of(a, b), null, Map.of())).labels())
                .containsExactly("epyc-2cpu 20261121T000000Z", "epyc-2cpu 20261122T000000Z");
        assertThat(Comparison.of(Contenders.read(List.of(a, b), b, Map.of(a, "before", b, "after"))).labels())
                .containsExactly("after", "before");
    }

    @Test
    void aMachineFolderStandsForItsNewestRun() throws Exception {
        Path machine = dir.resolve("results").resolve(TWO_CPUS);
        copy(TWO_CPUS, machine, "20261121T000000Z");
        Path newest = copy(TWO_CPUS, machine, "20261122T000000Z");
        List<Contender> contenders = Contenders.read(List.of(one(), machine), null, Map.of());
        assertThat(contenders.get(1).folder()).isEqualTo(newest);
    }

    private static ArrayNode rename(ArrayNode results, String benchmark) {
        results.forEach(r -> ((ObjectNode) r).put("benchmark", benchmark));
        return results;
    }
}
