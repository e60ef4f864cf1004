package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

/** Merging a benchmark's rounds: counted forks in rawData with their rounds, the interval over fork means, set-aside forks apart. */
class RoundMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One round's JMH result of one fork, with a capacity metric. */
    static ObjectNode fork(String model, double capacity, double... iterations) {
        ObjectNode r = JSON.createObjectNode();
        r.put("benchmark", "corebench.bench.MonteCarloBench.pi").put("mode", "avgt").put("forks", 1);
        r.putObject("params").put("model", model).put("workers", "2");
        ObjectNode m = r.putObject("primaryMetric");
        var row = m.putArray("rawData").addArray();
        Arrays.stream(iterations).forEach(row::add);
        m.put("score", Arrays.stream(iterations).average().orElseThrow()).put("scoreError", "NaN").put("scoreUnit", "ms/op");
        ObjectNode c = r.putObject("secondaryMetrics").putObject("capacityBefore");
        c.put("score", capacity).put("scoreError", "NaN").put("scoreUnit", "CPUs");
        c.putArray("rawData").addArray().add(0.0).add(capacity);
        return r;
    }

    private static ObjectNode setAside(ObjectNode fork, String reason) {
        fork.putObject(RoundMerge.CHECK).put("capacity", 1.1).put("reason", reason);
        return fork;
    }

    @Test
    void theIntervalIsStudentsTOverTheForkMeansNotOverPooledIterations() {
        double[][] forks = {{10.0, 10.2, 10.1, 10.1}, {10.6, 10.5, 10.7, 10.6}, {10.3, 10.2, 10.4, 10.3}};
        ObjectNode merged = RoundMerge.merge(List.of(new RoundMerge.Fork(1, fork("virtual", 2, forks[0])),
                new RoundMerge.Fork(2, fork("virtual", 2, forks[1])), new RoundMerge.Fork(4, fork("virtual", 2, forks[2]))));

        double[] means = Arrays.stream(forks).mapToDouble(f -> Arrays.stream(f).average().orElseThrow()).toArray();
        double mean = Arrays.stream(means).average().orElseThrow();
        double t = new TDistribution(2).inverseCumulativeProbability(0.9995);
        double halfWidth = t * new StandardDeviation().evaluate(means) / Math.sqrt(3);
        JsonNode m = merged.path("primaryMetric");
        assertThat(m.path("score").asDouble()).isCloseTo(mean, offset(1e-12));
        assertThat(m.path("scoreError").asDouble()).isCloseTo(halfWidth, offset(1e-9));
        assertThat(m.path("scoreConfidence").get(0).asDouble()).isCloseTo(mean - halfWidth, offset(1e-9));
        assertThat(m.path("rawData")).hasSize(3);
        assertThat(merged.path("rounds").toString()).isEqualTo("[1,2,4]");
        assertThat(merged.path("forks").asInt()).isEqualTo(3);
        assertThat(merged.has("claimed")).isFalse();
        assertThat(merged.has("setAside")).isFalse();
        // the secondary metric's rows stay aligned with the forks
        assertThat(merged.at("/secondaryMetrics/capacityBefore/rawData")).hasSize(3);
    }

    @Test
    void aSetAsideForkIsKeptApartWithItsReasonAndNeverAveragedIn() {
        ObjectNode merged = RoundMerge.merge(List.of(new RoundMerge.Fork(1, fork("forkjoin", 2, 14, 14, 14)),
                new RoundMerge.Fork(2, setAside(fork("forkjoin", 1.1, 31, 33, 32), "the machine delivered 1.10 of 2 CPUs")),
                new RoundMerge.Fork(3, fork("forkjoin", 2, 14.2, 14.1, 14.3))));

        assertThat(merged.at("/primaryMetric/score").asDouble()).isCloseTo(14.1, offset(0.01));
        assertThat(merged.path("rounds").toString()).isEqualTo("[1,3]");
        assertThat(merged.at("/secondaryMetrics/capacityBefore/rawData")).hasSize(2);
        JsonNode aside = merged.path("setAside");
        assertThat(aside).hasSize(1);
        assertThat(aside.get(0).path("round").asInt()).isEqualTo(2);
        assertThat(aside.get(0).path("reason").asText()).isEqualTo("the machine delivered 1.10 of 2 CPUs");
        assertThat(aside.get(0).path("rawData").toString()).isEqualTo("[31.0,33.0,32.0]");
        assertThat(merged.has(RoundMerge.CHECK)).isFalse();
    }

    @Test
    void oneForkTwoModesOrNoServedForkAreNotClaimedAndSaySo() {
        ObjectNode one = RoundMerge.merge(List.of(new RoundMerge.Fork(1, fork("virtual", 2, 10, 10.1, 10))));
        assertThat(one.path("claimed").asBoolean(true)).isFalse();
        assertThat(one.path("claimReason").asText()).contains("one fork");
        assertThat(one.at("/primaryMetric/scoreError").asText()).isEqualTo("NaN");

        ObjectNode modes = RoundMerge.merge(List.of(new RoundMerge.Fork(1, fork("forkjoin", 2, 14, 14.1, 13.9)),
                new RoundMerge.Fork(2, fork("forkjoin", 2, 31, 31.2, 30.9)), new RoundMerge.Fork(3, fork("forkjoin", 2, 14.1, 14, 14.2)),
                new RoundMerge.Fork(4, fork("forkjoin", 2, 31.1, 31, 31.2))));
        assertThat(modes.path("claimed").asBoolean(true)).isFalse();
        assertThat(modes.path("claimReason").asText()).contains("2 modes");

        ObjectNode none = RoundMerge.merge(List.of(new RoundMerge.Fork(1, setAside(fork("virtual", 1.1, 20, 21), "busy")),
                new RoundMerge.Fork(2, setAside(fork("virtual", 1.0, 22, 23), "busy"))));
        assertThat(none.path("claimed").asBoolean(true)).isFalse();
        assertThat(none.path("claimReason").asText()).isEqualTo("no fork got the step's CPUs (2 set aside)");
        assertThat(none.at("/primaryMetric/rawData")).isEmpty();
        assertThat(none.at("/primaryMetric/score").asDouble()).isCloseTo(21.5, offset(1e-9));
        // its secondary metrics (work per operation among them) come from the forks its score does
        assertThat(none.at("/secondaryMetrics/capacityBefore/rawData")).hasSize(2);
    }

    @Test
    void differentBenchmarksAreNotMerged() {
        assertThatThrownBy(() -> RoundMerge.merge(List.of(new RoundMerge.Fork(1, fork("virtual", 2, 1, 2)),
                new RoundMerge.Fork(2, fork("forkjoin", 2, 1, 2))))).isInstanceOf(IllegalArgumentException.class);
    }
}
