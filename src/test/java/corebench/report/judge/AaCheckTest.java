package corebench.report.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AaCheckTest {

    @TempDir
    Path dir;

    /** A run of the synthetic sweep, with {@code edit} applied to the result of {@code model} at {@code workers}. */
    private Path run(String name, String model, int workers, Consumer<ObjectNode> edit) throws IOException {
        Path run = ResultFixtures.syntheticSweep(dir.resolve(name));
        ResultFixtures.editResults(run, results -> {
            results.forEach(r -> {
                if (r.at("/params/model").asText().equals(model) && r.at("/params/workers").asInt() == workers) {
                    edit.accept((ObjectNode) r);
                }
            });
            return results;
        });
        return run;
    }

    private static void slower(ObjectNode result) {
        ObjectNode metric = (ObjectNode) result.get("primaryMetric");
        metric.put("score", metric.get("score").asDouble() * 2);
        metric.get("rawData").forEach(fork -> {
            for (int i = 0; i < fork.size(); i++) {
                ((ArrayNode) fork).set(i, fork.get(i).asDouble() * 2);
            }
        });
    }

    private static void oneFork(ObjectNode result) {
        ArrayNode raw = (ArrayNode) result.get("primaryMetric").get("rawData");
        while (raw.size() > 1) {
            raw.remove(raw.size() - 1);
        }
        ((ArrayNode) result.get("rounds")).removeAll().add(1);
    }

    @Test
    void countsPairsBeyondTheirCombinedIntervalAndResultsSetAside() throws Exception {
        Path same = run("a", "forkjoin", 16, r -> { });
        Path again = run("b", "forkjoin", 16, r -> { });
        // forkjoin on 16 cores twice as slow: its result and its speedup differ beyond their intervals
        Path slow = run("c", "forkjoin", 16, AaCheckTest::slower);
        AaCheck identical = AaCheck.of(List.of(same, again));
        assertThat(identical.resultPairs()).isEqualTo(identical.results() / 2);
        assertThat(identical.resultsBeyond()).isZero();
        assertThat(identical.speedupsBeyond()).isZero();
        assertThat(identical.unclaimed()).isZero();

        AaCheck check = AaCheck.of(List.of(same, again, slow));
        assertThat(check.runs()).isEqualTo(3);
        assertThat(check.resultPairs()).isEqualTo(3 * identical.resultPairs());
        assertThat(check.resultsBeyond()).as("(a, c) and (b, c)").isEqualTo(2);
        assertThat(check.speedupPairs()).isEqualTo(3 * identical.speedupPairs());
        assertThat(check.speedupsBeyond()).isEqualTo(2);
        assertThat(check.lines().get(1)).isEqualTo("  results:  2 of " + check.resultPairs()
                + " pairs beyond their combined interval (" + String.format(java.util.Locale.ROOT, "%.1f%%",
                200.0 / check.resultPairs()) + ")");
    }

    @Test
    void aResultNotClaimedIsSetAsideNotCompared() throws Exception {
        Path same = run("a", "virtual", 2, r -> { });
        Path oneFork = run("b", "virtual", 2, AaCheckTest::oneFork);
        AaCheck check = AaCheck.of(List.of(same, oneFork));
        assertThat(check.unclaimed()).isEqualTo(1);
        assertThat(check.resultPairs()).isEqualTo(check.results() / 2 - 1);
        assertThat(check.lines().get(3)).isEqualTo("  not claimed (set aside): 1 of " + check.results() + " results ("
                + String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 / check.results()) + ")");
    }

    @Test
    void forksSetAsideForCapacityAreCountedOverAllRuns() throws Exception {
        Path plain = run("a", "virtual", 2, r -> { });
        Path withSetAside = run("b", "virtual", 2, r -> ResultFixtures.setAside(r, 3, 1.1, "the machine delivered 1.1 of 2 CPUs"));
        AaCheck check = AaCheck.of(List.of(plain, withSetAside));
        assertThat(check.forks()).isEqualTo(check.results() * ResultFixtures.FORKS + 3);
        assertThat(check.forksSetAside()).isEqualTo(3);
        assertThat(check.lines()).hasSize(5);
        assertThat(check.lines().get(4)).isEqualTo("  forks set aside for capacity: 3 of " + check.forks() + " forks ("
                + String.format(java.util.Locale.ROOT, "%.1f%%", 300.0 / check.forks()) + ")");
        assertThat(AaCheck.of(List.of(plain, plain)).lines().get(4)).startsWith("  forks set aside for capacity: 0 of ");
    }

    @Test
    void oneRunIsNotAnAaCheck() throws Exception {
        Path one = run("a", "virtual", 2, r -> { });
        assertThatThrownBy(() -> AaCheck.of(List.of(one))).isInstanceOf(ReportException.class)
                .hasMessage("an A/A check needs at least 2 runs of the same plan, got 1");
    }
}
