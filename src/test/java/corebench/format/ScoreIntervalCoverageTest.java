package corebench.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The interval method against forks from a known process with fork-to-fork spread, warm-up drift and
 * bursts: over many replications its intervals must miss the process's true mean at the nominal rate
 * (within a binomial tolerance), where pooling iterations as JMH does misses far more often. Forks from
 * two modes must be flagged, not claimed.
 */
class ScoreIntervalCoverageTest {

    private static final int FORKS = 5;
    private static final int ITERATIONS = 10;

    @Test
    void ninetyNinePointNinePercentIntervalsMissTheTrueMeanAboutOnceInAThousand() {
        Coverage c = coverage(4000, Confidence.LEVEL, 21);
        // Binomial(4000, 0.001): mean 4; P(X >= 13) < 1e-4
        assertThat(c.claimed).isGreaterThan(3950);
        assertThat(c.misses).isLessThanOrEqualTo(12);
        assertThat(c.pooledMisses).as("JMH's pooled-iteration interval").isGreaterThan(c.claimed / 5);
    }

    @Test
    void ninetyFivePercentIntervalsMissAboutOnceInTwenty() {
        Coverage c = coverage(2000, 0.95, 7);
        // Binomial(~2000, 0.05): mean 100, sd 9.7: within 4 sd
        assertThat(c.misses).isBetween((int) (0.05 * c.claimed - 40), (int) (0.05 * c.claimed + 40));
    }

    @Test
    void forksFromTwoModesAreFlaggedNotClaimed() {
        SyntheticForks process = new SyntheticForks(3);
        SplittableRandom pick = new SplittableRandom(4);
        int bothModes = 0;
        int flagged = 0;
        int claimed = 0;
        for (int rep = 0; rep < 1000; rep++) {
            double[][] raw = new double[FORKS][];
            int slow = 0;
            for (int f = 0; f < FORKS; f++) {
                boolean slowMode = pick.nextDouble() < 0.6;
                slow += slowMode ? 1 : 0;
                double level = (slowMode ? 31 : 14) * (1 + 0.03 * process.gaussian());
                raw[f] = process.fork(level, ITERATIONS);
            }
            ScoreInterval interval = ScoreInterval.of(raw, null);
            if (slow > 0 && slow < FORKS) {
                bothModes++;
                claimed += interval.claimed() ? 1 : 0;
                if (interval.unclaimed() == ScoreInterval.Unclaimed.MODES && interval.modes().size() == 2) {
                    flagged++;
                    assertThat(interval.halfWidth()).isNaN();
                    assertThat(interval.reason("ms/op").orElseThrow()).matches("2 modes: 1\\d\\.\\d ms/op \\(\\d forks?\\), [23]\\d\\.\\d ms/op \\(\\d forks?\\)");
                }
            } else {
                assertThat(interval.unclaimed()).isNotEqualTo(ScoreInterval.Unclaimed.MODES);
            }
        }
        assertThat(bothModes).isGreaterThan(800);
        assertThat(claimed).as("results with forks in both modes claimed as one number").isZero();
        assertThat(flagged).as("of %d with both modes, flagged as 2 modes", bothModes).isGreaterThan(bothModes * 95 / 100);
    }

    private record Coverage(int claimed, int misses, int pooledMisses) {
    }

    private static Coverage coverage(int replications, double level, long seed) {
        SyntheticForks process = new SyntheticForks(seed);
        int claimed = 0;
        int misses = 0;
        int pooledMisses = 0;
        for (int rep = 0; rep < replications; rep++) {
            double[][] raw = process.forks(FORKS, ITERATIONS);
            ScoreInterval interval = ScoreInterval.of(raw, null, level);
            if (!interval.claimed()) {
                continue;
            }
            claimed++;
            misses += Math.abs(interval.score() - SyntheticForks.TRUE_MEAN) > interval.halfWidth() ? 1 : 0;
            double[] pooled = Arrays.stream(raw).flatMapToDouble(Arrays::stream).toArray();
            pooledMisses += Math.abs(Samples.mean(pooled) - SyntheticForks.TRUE_MEAN)
                    > Confidence.halfWidth(pooled, level) ? 1 : 0;
        }
        return new Coverage(claimed, misses, pooledMisses);
    }
}
