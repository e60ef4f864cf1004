package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What of a round the budget pays for, with each run's round costing 10 s (11 s weighed with the margin). */
class RoundBudgetTest {
    private static final SweepPlan.JmhSettings JMH = new SweepPlan.JmhSettings(1, 1, 200, 4, 200, 3);
    private static final JmhRun HEADLINE = new JmhRun("montecarlo-strong-scalar", "montecarlo", corebench.bench.MonteCarloBench.BENCHMARK,
            Map.of("model", List.of("platform-pool"), "workers", List.of("1"), "cores", List.of("1")));
    private static final JmhRun OTHER = new JmhRun("contention-all", "contention", "corebench.bench.ContentionBench.run",
            Map.of("model", List.of("platform-pool"), "cores", List.of("1")));
    private static final JmhRun THIRD = new JmhRun("pingpong-park", "pingpong", "corebench.bench.PingPongBench.run",
            Map.of("model", List.of("platform-pool"), "cores", List.of("1")));
    private static final SweepPlan.Step STEP = new SweepPlan.Step(1, "0", List.of(HEADLINE, OTHER, THIRD));
    private static final SweepPlan PLAN = new SweepPlan("test", JMH, List.of(STEP), List.of(), null);

    private static Rounds.Entry entry(JmhRun run, Rounds.Why why) {
        return new Rounds.Entry(STEP, run, why);
    }

    private static RoundBudget.Decision decide(double budget, double spent, int round, boolean moreRounds,
                                               List<Rounds.Entry> candidates) {
        return new RoundBudget(budget, spent, e -> 10).of(PLAN, round, candidates, moreRounds);
    }

    @Test
    void plannedEntriesRunWhateverTheBudget() {
        List<Rounds.Entry> planned = List.of(entry(HEADLINE, Rounds.Why.PLANNED));
        assertThat(decide(0, 100, 2, true, planned).entries()).isEqualTo(planned);
    }

    @Test
    void aRunMeasuredAgainRunsOnlyWhenThePlannedRoundsToComeLeaveRoomForIt() {
        // round 2 of 3: the headline run's rounds 2 and 3 are still to come (2 × 11 s with the margin), then 11 s per run
        // measured again
        List<Rounds.Entry> candidates = List.of(entry(HEADLINE, Rounds.Why.PLANNED), entry(OTHER, Rounds.Why.AGAIN),
                entry(THIRD, Rounds.Why.AGAIN));
        RoundBudget.Decision oneFits = decide(45, 10, 2, false, candidates);
        assertThat(oneFits.entries()).containsExactly(candidates.get(0), candidates.get(1));
        assertThat(oneFits.notPaid()).isEqualTo(1);
        assertThat(decide(55, 10, 2, false, candidates).entries()).isEqualTo(candidates);
        // without the margin both would fit in 50
        assertThat(decide(50, 10, 2, false, candidates).entries()).hasSize(2);
        assertThat(decide(29, 10, 2, false, candidates).entries()).containsExactly(candidates.get(0));
    }

    @Test
    void extraHeadlineEntriesRunAllOrNoneAndOnlyWhenThePlanAllowsMoreRounds() {
        List<Rounds.Entry> candidates = List.of(entry(OTHER, Rounds.Why.AGAIN), entry(HEADLINE, Rounds.Why.EXTRA));
        // round 4: nothing planned is left; the run measured again comes first
        assertThat(decide(100, 70, 4, true, candidates).entries()).isEqualTo(candidates);
        assertThat(decide(100, 85, 4, true, candidates).entries()).containsExactly(candidates.get(0));
        assertThat(decide(100, 70, 4, false, candidates).entries()).containsExactly(candidates.get(0));
    }

    @Test
    void noBudgetPaysForEveryRunMeasuredAgain() {
        List<Rounds.Entry> candidates = List.of(entry(OTHER, Rounds.Why.AGAIN), entry(THIRD, Rounds.Why.AGAIN));
        assertThat(decide(Double.POSITIVE_INFINITY, 1e9, 2, false, candidates).entries()).isEqualTo(candidates);
    }
}
