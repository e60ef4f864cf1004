package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.ScoreInterval;
import org.junit.jupiter.api.Test;

/**
 * The breakdown per operation is averaged as the score is, so that a step kept busy for its whole window adds up to
 * cores × the score: the CPU of a warm-up iteration the score drops, and the weight of a fast iteration's many
 * operations, used to make the parts of a 2-core grid result add up to 16–24% more or less than its core time.
 */
class ResourceReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An avgt result whose iterations each last 200 ms with both CPUs busy: 400 ms of user time each. */
    private static ObjectNode busyResult(double[][] msPerOp) {
        ObjectNode result = JSON.createObjectNode().put("mode", "avgt");
        ObjectNode primary = result.putObject("primaryMetric").put("scoreUnit", "ms/op");
        ArrayNode scores = primary.putArray("rawData");
        ObjectNode secondary = result.putObject("secondaryMetrics");
        ArrayNode wall = secondary.putObject("wallMs").putArray("rawData");
        ArrayNode user = secondary.putObject("userMs").putArray("rawData");
        for (double[] fork : msPerOp) {
            ArrayNode s = scores.addArray();
            ArrayNode w = wall.addArray();
            ArrayNode u = user.addArray();
            for (double v : fork) {
                s.add(v);
                w.add(200.0);
                u.add(400.0);
            }
        }
        return result;
    }

    private static double[][] rows(ObjectNode result) {
        ArrayNode raw = (ArrayNode) result.at("/primaryMetric/rawData");
        double[][] rows = new double[raw.size()][];
        for (int f = 0; f < rows.length; f++) {
            rows[f] = new double[raw.get(f).size()];
            for (int i = 0; i < rows[f].length; i++) {
                rows[f][i] = raw.get(f).get(i).asDouble();
            }
        }
        return rows;
    }

    private static void addsUpToTwoCoresOfTheScore(double[][] msPerOp) {
        ObjectNode result = busyResult(msPerOp);
        double score = ScoreInterval.of(rows(result), null).score();
        double userPerOp = ResourceReader.perOp(result).get("userMs");
        assertThat(userPerOp).isCloseTo(2 * score / 1e3, within(2 * score / 1e3 * 1e-9));
    }

    @Test
    void aWarmUpIterationTheScoreDropsIsNotChargedToTheOperation() {
        // a settled fork after one slow first iteration: the score is the steady mean, ~10.9 ms
        addsUpToTwoCoresOfTheScore(new double[][] {{25.7, 10.8, 10.7, 11.0, 10.9, 10.8, 10.95, 10.85}});
    }

    @Test
    void anUnsettledForkAveragesItsIterationsAsItsScoreDoesNotByOperations() {
        // no steady state: the score is the mean of every iteration (25 ms), where the operations' mean is 18.5 ms
        addsUpToTwoCoresOfTheScore(new double[][] {{37.9, 37.9, 12.7, 11.8}});
    }

    @Test
    void aForkOutsideTheMainModeIsLeftOutAsFromTheScore() {
        addsUpToTwoCoresOfTheScore(new double[][] {{30.1, 31.4, 28.0, 29.4, 30.2, 29.9}, {30.4, 29.8, 30.9, 30.0, 29.7, 30.3},
                {44.7, 45.0, 44.1, 45.3, 44.9, 44.6}});
    }
}
