package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.analysis.Caveats;
import corebench.report.analysis.Row;
import corebench.report.analysis.RunAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader makes of the capacity each fork got, and of forks the sweep set aside. */
class StepCapacityTest {

    @TempDir
    Path dir;

    /**
     * The synthetic sweep in the shape of a sweep of rounds: every restricted result's forks carry the capacity
     * probe's metrics (the fork's value in its last iteration's row, 0 in the others, as JMH writes them), and
     * {@code edit} may change them by result.
     */
    private Path sweep(BiConsumer<ObjectNode, Integer> edit) throws IOException {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editResults(run, results -> {
            results.forEach(r -> {
                int cores = r.at("/params/cores").asInt();
                ResultFixtures.capacity((ObjectNode) r, cores, cores);
                edit.accept((ObjectNode) r, cores);
            });
            return results;
        });
        return run;
    }

    private static Measurement find(RunResults read, String model, int cores) {
        return read.measurements().stream().filter(m -> m.model().equals(model) && m.cores() == cores && m.workers() == cores)
                .findFirst().orElseThrow();
    }

    @Test
    void aStepTheMachineDeliveredIsTabulatedAndClaimed() throws Exception {
        RunResults read = ResultsReader.read(List.of(sweep((r, cores) -> { })));
        assertThat(read.capacity()).extracting(StepCapacity::cores).containsExactly(1, 2, 4, 8, 16);
        StepCapacity two = read.capacity().get(1);
        assertThat(two.median()).isEqualTo(2.0);
        assertThat(two.least()).isEqualTo(2.0);
        assertThat(two.setAside()).isZero();
        assertThat(two.fellShort()).isFalse();
        // 4 models at 2 workers, 5 forks each
        assertThat(two.counted()).isEqualTo(4 * ResultFixtures.FORKS);
        assertThat(read.measurements()).allMatch(Measurement::claimed);
        assertThat(read.warnings()).noneMatch(w -> w.startsWith(StepCapacity.SENTENCE));
    }

    @Test
    void aStepWhoseMedianFellBelowItsCpusIsNotClaimedNorAreItsSpeedups() throws Exception {
        RunResults read = ResultsReader.read(List.of(sweep((r, cores) -> {
            if (cores == 2) {
                ResultFixtures.capacity(r, 1.9, 1.1); // the lesser counts: 1.1 of 2
            }
        })));
        StepCapacity two = read.capacity().get(1);
        assertThat(two.median()).isEqualTo(1.1, Offset.offset(1e-12));
        assertThat(two.fellShort()).isTrue();
        assertThat(read.capacity().get(2).fellShort()).isFalse();
        Measurement forkjoin = find(read, "forkjoin", 2);
        assertThat(forkjoin.claimed()).isFalse();
        assertThat(forkjoin.claim().reason())
                .isEqualTo("the machine could not give the 2-core step its CPUs (median 1.10 of 2 delivered; 0 of 20 forks set aside)");
        assertThat(forkjoin.secondsPerOp().hasError()).as("not claimed: no interval").isFalse();
        assertThat(find(read, "forkjoin", 4).claimed()).isTrue();
        assertThat(find(read, "forkjoin", 4).secondsPerOp().hasError()).isTrue();

        RunAnalysis analysis = RunAnalysis.of(read);
        Row twoCores = analysis.scenarios().getFirst().models().stream().filter(m -> m.model().equals("forkjoin"))
                .findFirst().orElseThrow().rows().stream().filter(r -> r.cores() == 2).findFirst().orElseThrow();
        assertThat(twoCores.speedup().present()).isTrue();
        assertThat(twoCores.speedup().hasError()).as("not claimed: no interval").isFalse();
        assertThat(twoCores.efficiency().hasError()).isFalse();
        assertThat(Caveats.of(analysis).box()).contains("The machine could not give the 2-core step its CPUs (median 1.10"
                + " of 2 delivered; 0 of 20 forks set aside): that step's results, speedups and efficiencies are not claimed");
    }

    @Test
    void aStepWithMoreThanHalfItsForksSetAsideIsNotClaimed() throws Exception {
        RunResults read = ResultsReader.read(List.of(sweep((r, cores) -> {
            if (cores == 4) {
                ResultFixtures.setAside(r, ResultFixtures.FORKS + 1, 1.5, null);
            } else if (cores == 8) {
                ResultFixtures.setAside(r, ResultFixtures.FORKS, 3.0, "the machine delivered 3.0 of 8 CPUs");
            }
        })));
        StepCapacity four = read.capacity().get(2);
        assertThat(four.setAside()).isEqualTo(4 * (ResultFixtures.FORKS + 1));
        assertThat(four.median()).as("the counted forks got their CPUs").isEqualTo(4.0);
        assertThat(four.fellShort()).isTrue();
        assertThat(read.capacity().get(3).fellShort()).as("exactly half set aside").isFalse();
        assertThat(find(read, "virtual", 4).claimed()).isFalse();
        assertThat(find(read, "virtual", 8).claimed()).isTrue();
        assertThat(find(read, "virtual", 8).capacity().setAsideNote(8))
                .isEqualTo("5 forks set aside: the machine delivered 3.0 of 8 CPUs");
        assertThat(find(read, "virtual", 4).capacity().setAsideNote(4))
                .as("no reason written: the capacity says it").isEqualTo("6 forks set aside: the machine delivered 1.50 of 4 CPUs");
    }

    @Test
    void anOldRunHasNoCapacityAndReadsAsBefore() throws Exception {
        RunResults read = ResultsReader.read(List.of(ResultFixtures.syntheticSweep(dir)));
        assertThat(read.capacity()).isEmpty();
        assertThat(read.measurements()).allSatisfy(m -> {
            assertThat(m.claimed()).isTrue();
            assertThat(m.capacity().recorded()).isFalse();
            assertThat(m.capacity().forks()).isEqualTo(ResultFixtures.FORKS);
        });
    }

    @Test
    void theRoundsOfASweepAreInItsSettingsAndARunWithoutThemReadsAsBefore() throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        ResultFixtures.editMachine(run, m -> ((ObjectNode) m.with("plan")).putObject("jmh").put("forks", 1)
                .put("warmupIterations", 2).put("warmupMillis", 300).put("iterations", 3).put("iterationMillis", 300));
        String before = ResultsReader.read(List.of(run)).machine().sweepSettings();
        assertThat(before).endsWith("1 fork, warm-up 2 × 300 ms, measurement 3 × 300 ms");
        ResultFixtures.editMachine(run, m -> m.putObject("rounds").put("minimum", 2).put("completed", 5).put("seconds", 734.2));
        assertThat(ResultsReader.read(List.of(run)).machine().sweepSettings())
                .isEqualTo(before + "; 5 rounds (at least 2 planned), 12.2 min");
        ResultFixtures.editMachine(run, m -> m.putObject("rounds").put("minimum", "two").put("completed", 5));
        assertThat(ResultsReader.read(List.of(run)).machine().sweepSettings())
                .isEqualTo(before + "; rounds unknown (machine.json's rounds record does not read)");
    }

    @Test
    void aSetAsideNoteNamesAFewReasonsAndIgnoresAMalformedList() throws Exception {
        RunResults read = ResultsReader.read(List.of(sweep((r, cores) -> {
            if (cores == 2) {
                for (int i = 0; i < 5; i++) {
                    ResultFixtures.setAside(r, 2, 1.5, "reason " + i);
                }
            } else if (cores == 4) {
                r.putObject("setAside").put("round", 3);
            }
        })));
        assertThat(find(read, "virtual", 2).capacity().setAsideNote(2))
                .isEqualTo("10 forks set aside: reason 0; reason 1; reason 2; …");
        assertThat(find(read, "virtual", 4).capacity().setAside()).isEmpty();
    }
}
