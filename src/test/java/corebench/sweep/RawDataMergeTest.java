package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.util.ListStatistics;

/** Merging JMH results of several attempts: raw data kept, statistics recomputed as JMH does. */
class RawDataMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A JMH result as JMH 1.37 writes it (scores from JMH's own statistics), one fork per row. */
    static ObjectNode result(String model, double[]... forks) {
        ObjectNode r = JSON.createObjectNode();
        r.put("benchmark", "corebench.bench.MonteCarloBench.pi").put("mode", "avgt").put("forks", forks.length);
        r.putObject("params").put("model", model).put("workers", "2");
        ObjectNode m = r.putObject("primaryMetric");
        ListStatistics stats = new ListStatistics();
        var raw = m.putArray("rawData");
        ObjectNode cpu = r.putObject("secondaryMetrics").putObject("cpuMs");
        var cpuRaw = cpu.putArray("rawData");
        double cpuSum = 0;
        for (double[] fork : forks) {
            var row = raw.addArray();
            var cpuRow = cpuRaw.addArray();
            for (double v : fork) {
                row.add(v);
                stats.addValue(v);
                cpuRow.add(10 * v);
                cpuSum += 10 * v;
            }
        }
        m.put("score", stats.getMean());
        if (stats.getN() > 2) {
            m.put("scoreError", stats.getMeanErrorAt(0.999));
        } else {
            m.put("scoreError", "NaN");
        }
        m.put("scoreUnit", "ms/op");
        cpu.put("score", cpuSum).put("scoreError", "NaN").put("scoreUnit", "#");
        return r;
    }

    @Test
    void theMergedIntervalIsJmhsOverEverySampleOfEveryAttempt() {
        double[] a = {40.1, 39.8, 40.6, 41.0};
        double[] b = {38.9, 39.5, 40.2, 39.9, 40.4, 39.7};
        double[] c = {42.0, 41.2, 40.8};
        ObjectNode merged = RawDataMerge.merge(RawDataMerge.merge(result("virtual", a), result("virtual", b)), result("virtual", c));

        double[] all = DoubleStream.concat(DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)), Arrays.stream(c)).toArray();
        int n = all.length;
        double mean = Arrays.stream(all).average().orElseThrow();
        double s = Math.sqrt(Arrays.stream(all).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        // JMH: the 99.9% half-width is t(1 - 0.001/2, n - 1) * s / sqrt(n), commons-math3's Student t
        double expected = new TDistribution(n - 1).inverseCumulativeProbability(1 - 0.001 / 2) * s / Math.sqrt(n);
        JsonNode m = merged.get("primaryMetric");
        assertThat(m.get("score").asDouble()).isCloseTo(mean, offset(1e-12));
        assertThat(m.get("scoreError").asDouble()).isCloseTo(expected, offset(1e-12));
        assertThat(m.get("scoreConfidence").get(0).asDouble()).isCloseTo(mean - expected, offset(1e-12));
        assertThat(m.get("scoreConfidence").get(1).asDouble()).isCloseTo(mean + expected, offset(1e-12));
        // and what JMH itself computes over the same samples
        ListStatistics jmh = new ListStatistics(all);
        assertThat(m.get("scoreError").asDouble()).isCloseTo(jmh.getMeanErrorAt(0.999), offset(1e-12));
        assertThat(m.at("/scorePercentiles/50.0").asDouble()).isCloseTo(new Percentile().evaluate(all, 50), offset(1e-12));
        assertThat(m.at("/scorePercentiles/0.0").asDouble()).isEqualTo(38.9);
        assertThat(m.at("/scorePercentiles/100.0").asDouble()).isEqualTo(42.0);
        // every fork of every attempt stays, as its own row
        assertThat(merged.get("forks").asInt()).isEqualTo(3);
        assertThat(m.get("rawData").get(1).size()).isEqualTo(6);
        assertThat(RawDataMerge.samples(m.get("rawData"))).containsExactly(all);
        // a summed JMH event stays a sum, with no error of its own
        JsonNode cpu = merged.at("/secondaryMetrics/cpuMs");
        assertThat(cpu.get("score").asDouble()).isCloseTo(10 * Arrays.stream(all).sum(), offset(1e-9));
        assertThat(cpu.get("scoreError").asText()).isEqualTo("NaN");
        assertThat(cpu.get("rawData").size()).isEqualTo(3);
    }

    @Test
    void anIntervalJmhCouldNotGiveAppearsOnceThereAreEnoughSamples() {
        ObjectNode two = result("virtual", new double[] {40, 41});
        assertThat(RawDataMerge.relativeHalfWidth(two)).isNaN();
        ObjectNode merged = RawDataMerge.merge(two, result("virtual", new double[] {40.5, 39.5}));
        assertThat(merged.at("/primaryMetric/scoreError").asDouble())
                .isCloseTo(new ListStatistics(new double[] {40, 41, 40.5, 39.5}).getMeanErrorAt(0.999), offset(1e-12));
        assertThat(RawDataMerge.halfWidth(new double[] {1, 2})).isNaN();
    }

    @Test
    void theInputsAreLeftAsTheyWere() {
        ObjectNode a = result("virtual", new double[] {40, 41, 42});
        String before = a.toString();
        RawDataMerge.merge(a, result("virtual", new double[] {39, 40, 41}));
        assertThat(a.toString()).isEqualTo(before);
    }

    @Test
    void resultsOfDifferentParametersAreNeverMerged() {
        assertThatThrownBy(() -> RawDataMerge.merge(result("virtual", new double[] {1, 2, 3}), result("forkjoin", new double[] {1, 2, 3})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot merge");
    }
}
