package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The precision loop on a fake noisy benchmark ({@link FakeNoisyBenchmark}) with a fake clock. */
class AdaptiveRunTest {
    /** A first attempt too short for a tight interval: 1 fork, 3 iterations (t(2) = 31.6 at 99.9%). */
    private static final SweepPlan.JmhSettings SHORT = new SweepPlan.JmhSettings(1, 1, 100, 3, 100);
    private final List<String> heard = new ArrayList<>();
    private final AdaptiveRun.Listener listener = new AdaptiveRun.Listener() {
        @Override
        public void rerunning(String params, int attempt, SweepPlan.JmhSettings settings, double halfWidthPercent, double targetPercent) {
            heard.add("rerun " + params + " " + attempt);
        }

        @Override
        public void settled(String params, AdaptiveRun.Outcome outcome) {
            heard.add("settled " + params + " " + outcome.met());
        }
    };

    private static JmhRun run(String... models) {
        return new JmhRun("montecarlo-strong-scalar", "montecarlo", MonteCarloPlan.BENCHMARK, Map.of())
                .with("model", List.of(models)).with("workers", List.of("2")).with("kernel", List.of("scalar"));
    }

    @Test
    void aNoisyResultIsRunAgainUntilItsMergedIntervalMeetsTheTarget() throws Exception {
        FakeNoisyBenchmark fake = new FakeNoisyBenchmark(40, Map.of("virtual", 0.02));
        ArrayNode out = new AdaptiveRun(new PrecisionTarget(5, 15), fake, fake::clock, listener).run(run("virtual"), SHORT, 60);

        JsonNode r = out.get(0);
        JsonNode precision = r.get("precision");
        assertThat(precision.get("met").asBoolean()).isTrue();
        assertThat(precision.get("stop").asText()).isEqualTo("met");
        int attempts = precision.get("attempts").size();
        assertThat(attempts).as("3 iterations at 2%% spread give about +-36%%: it needs re-runs").isGreaterThan(1);
        assertThat(fake.invocations).hasSize(attempts);
        // every attempt's fork is a row of rawData, and all of them count
        assertThat(r.get("forks").asInt()).isEqualTo(attempts);
        assertThat(r.at("/primaryMetric/rawData").size()).isEqualTo(attempts);
        assertThat(precision.get("halfWidthPercent").asDouble()).isLessThanOrEqualTo(5)
                .isCloseTo(100 * RawDataMerge.relativeHalfWidth(r), Offset.offset(1e-9));
        assertThat(r.at("/primaryMetric/score").asDouble()).isCloseTo(40, Percentage.withPercentage(5));
        // a re-run is one new fork of this result alone, with at least the first attempt's iterations
        FakeNoisyBenchmark.Invocation again = fake.invocations.get(1);
        assertThat(again.settings().forks()).isEqualTo(1);
        assertThat(again.settings().iterations()).isBetween(SHORT.iterations(), AdaptiveRun.MAX_ITERATION_FACTOR * SHORT.iterations());
        assertThat(again.run().params().get("model")).containsExactly("virtual");
        assertThat(heard).contains("settled (cores = 2, model = virtual, workers = 2) true");
    }

    @Test
    void aTargetNeverMetStopsWhenTheAllowanceIsSpentAndIsMarkedMissed() throws Exception {
        FakeNoisyBenchmark fake = new FakeNoisyBenchmark(40, Map.of("process-pool", 0.5));
        double allowance = 10;
        ArrayNode out = new AdaptiveRun(new PrecisionTarget(1, 1), fake, fake::clock, listener)
                .run(run("process-pool"), SHORT, allowance);

        JsonNode precision = out.get(0).get("precision");
        assertThat(precision.get("met").asBoolean()).isFalse();
        assertThat(precision.get("stop").asText()).isEqualTo("allowance spent");
        assertThat(precision.get("targetPercent").asDouble()).isEqualTo(1);
        double rerunSeconds = 0;
        for (int i = 1; i < precision.get("attempts").size(); i++) {
            rerunSeconds += precision.get("attempts").get(i).get("seconds").asDouble();
        }
        assertThat(precision.get("attempts").size()).isGreaterThan(1);
        assertThat(rerunSeconds).as("re-runs stay within the allowance").isPositive().isLessThanOrEqualTo(allowance);
        assertThat(fake.nanos / 1e9 - PlanEstimate.benchmarkSeconds(SHORT)).isEqualTo(rerunSeconds, Offset.offset(1e-6));
        assertThat(heard).contains("settled (cores = 2, model = process-pool, workers = 2) false");
    }

    @Test
    void aPreciseResultIsNotRunAgainAndTakesTurnsWithOthersThatAre() throws Exception {
        FakeNoisyBenchmark fake = new FakeNoisyBenchmark(40, Map.of("forkjoin", 0.0001, "virtual", 0.05, "platform-pool", 0.05));
        ArrayNode out = new AdaptiveRun(new PrecisionTarget(5, 15), fake, fake::clock, listener)
                .run(run("platform-pool", "virtual", "forkjoin"), SHORT, 12);

        assertThat(out).hasSize(3);
        assertThat(out.get(2).at("/params/model").asText()).as("JMH's order is kept").isEqualTo("forkjoin");
        assertThat(out.get(2).at("/precision/attempts").size()).isEqualTo(1);
        assertThat(out.get(2).at("/precision/met").asBoolean()).isTrue();
        // the two noisy ones alternate: the first cannot spend the allowance before the second had a re-run
        assertThat(fake.invocations.get(1).run().params().get("model")).containsExactly("platform-pool");
        assertThat(fake.invocations.get(2).run().params().get("model")).containsExactly("virtual");
    }

    @Test
    void withoutATargetEveryRunIsMeasuredOnceAndCarriesNoPrecisionRecord() throws Exception {
        FakeNoisyBenchmark fake = new FakeNoisyBenchmark(40, Map.of("virtual", 0.5));
        ArrayNode out = new AdaptiveRun(PrecisionTarget.OFF, fake, fake::clock, listener).run(run("virtual"), SHORT, 100);

        assertThat(fake.invocations).hasSize(1);
        assertThat(out.get(0).has("precision")).isFalse();
        assertThat(heard).isEmpty();
    }

    @Test
    void theIterationsOfARerunFollowTheSpreadAndTheRemainingAllowance() {
        double[] tight = {100, 101, 99, 100.5, 99.5};
        assertThat(AdaptiveRun.neededMore(tight, 0.05)).isZero();
        int more = AdaptiveRun.neededMore(new double[] {100, 110, 90, 105, 95}, 0.05);
        // check against the definition: the smallest n whose t(0.9995, n-1) s / sqrt(n) is within 5%
        double s = RawDataMerge.standardDeviation(new double[] {100, 110, 90, 105, 95}) / 100;
        int n = 5 + more;
        assertThat(RawDataMerge.tQuantile(n) * s / Math.sqrt(n)).isLessThanOrEqualTo(0.05);
        assertThat(RawDataMerge.tQuantile(n - 1) * s / Math.sqrt(n - 1)).isGreaterThan(0.05);

        AdaptiveRun.State noisy = new AdaptiveRun.State(
                new FakeNoisyBenchmark(40, Map.of("virtual", 0.2)).run(run("virtual"), SHORT, 1).get(0).deepCopy(),
                OptionalDouble.of(0.05));
        // plenty of time: capped at 4x the first attempt's iterations
        assertThat(AdaptiveRun.rerunIterations(noisy, SHORT, 1000)).hasValue(4 * SHORT.iterations());
        // the cost model's fixed part (runner, fork, warm-up) + 0.5 s pays for 5 iterations of 100 ms
        double fixed = PlanEstimate.oneForkOverheadSeconds(SHORT);
        assertThat(AdaptiveRun.rerunIterations(noisy, SHORT, fixed + 0.5 + 1e-9)).hasValue(5);
        // not even the minimum: no re-run
        assertThat(AdaptiveRun.rerunIterations(noisy, SHORT, fixed + 0.2)).isEmpty();
    }
}
