package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the reader turns a result's forks into its score, interval and claim. */
class ForkReadingTest {

    @TempDir
    Path dir;

    /** The restricted fixture with its first result's forks (ms per iteration) and written fields replaced. */
    private Measurement first(double[][] forks, java.util.function.Consumer<ObjectNode> more) throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editResults(run, results -> {
            ObjectNode r = (ObjectNode) results.get(0);
            ArrayNode raw = ((ObjectNode) r.get("primaryMetric")).putArray("rawData");
            for (double[] fork : forks) {
                ArrayNode row = raw.addArray();
                for (double v : fork) {
                    row.add(v);
                }
            }
            r.remove("rounds");
            more.accept(r);
            return results;
        });
        return ResultsReader.read(List.of(run)).measurements().getFirst();
    }

    @Test
    void forksInTwoModesAreNotClaimedAndSayWhatEachModeGot() throws Exception {
        Measurement m = first(new double[][] {{14, 14, 14}, {14.2, 14.2, 14.2}, {31, 31, 31}}, r -> {
            // the capacity probe's metrics: each fork's capacity is the lesser of before and after
            ObjectNode secondary = (ObjectNode) r.with("secondaryMetrics");
            ArrayNode before = secondary.putObject("capacityBefore").putArray("rawData");
            ArrayNode after = secondary.putObject("capacityAfter").putArray("rawData");
            before.addArray().add(2.0);
            after.addArray().add(2.0);
            before.addArray().add(1.98);
            after.addArray().add(2.0);
            before.addArray().add(1.9);
            after.addArray().add(1.1);
        });
        assertThat(m.claimed()).isFalse();
        assertThat(m.claim().reason()).isEqualTo(
                "2 modes: 14.1 ms/op (2 forks), 31.0 ms/op (1 fork); delivered capacity 1.99 (mode 1), 1.10 (mode 2)");
        // the most populated mode, not a mean of 14 and 31 no fork measured
        assertThat(m.secondsPerOp().value()).isEqualTo(0.0141, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.secondsPerOp().hasError()).isFalse();
    }

    @Test
    void warmUpDoesNotCountAndTheIntervalIsOverForks() throws Exception {
        // each fork starts slow; the steady means are 10, 11 and 12 ms
        Measurement m = first(new double[][] {{30, 10, 10.01, 9.99, 10, 10.01}, {30, 11, 11.01, 10.99, 11, 11.01},
                {30, 12, 12.01, 11.99, 12, 12.01}}, r -> { });
        assertThat(m.claimed()).isTrue();
        assertThat(m.secondsPerOp().value()).isEqualTo(0.011, org.assertj.core.data.Offset.offset(1e-5));
        // t(0.9995, 2) = 31.6 x s (1 ms) / sqrt(3)
        assertThat(m.secondsPerOp().error()).isEqualTo(31.5991 * 0.001 / Math.sqrt(3), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(m.samples()).isEqualTo(3);
    }

    @Test
    void aClaimWrittenByTheSweepStands() throws Exception {
        Measurement m = first(new double[][] {{10, 10, 10}, {11, 11, 11}, {12, 12, 12}},
                r -> r.put("claimed", false).put("claimReason", "forks 2 and 3 were set aside for capacity"));
        assertThat(m.claim().reason()).isEqualTo("forks 2 and 3 were set aside for capacity");
    }
}
