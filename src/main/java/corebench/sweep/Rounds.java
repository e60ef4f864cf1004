package corebench.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;

/**
 * How a sweep repeats: rounds, each measuring its runs once (one JMH fork per benchmark), the round being the unit of
 * replication (Kalibera &amp; Jones, ISMM 2013). Every run takes part in the plan's first {@code forks} rounds, a
 * headline run ({@link JmhRun#headline}) in its first {@code headlineForks}. Beyond them a run whose forks were set
 * aside ({@link ForkCheck}) may take part again until it has its planned forks, at most {@link #REMEASURES} times, and
 * headline runs may go on up to {@link #MAX_ROUNDS}, as far as the budget pays ({@link RoundBudget}).
 *
 * <p>Within a round the runs come one benchmark at a time across the core counts (upwards, downwards in even
 * rounds), so that the two halves of a speedup are measured seconds apart, not a step apart.
 */
public final class Rounds {
    /** No run takes part in more rounds than this, whatever the budget. */
    public static final int MAX_ROUNDS = 12;
    /**
     * Rounds beyond its planned ones a run with forks set aside takes part in at most: a fork found short every time
     * points to something lasting, which more rounds would not mend.
     */
    public static final int REMEASURES = 2;
    /** A short-shot run ({@link JmhRun#shortShots}) measures this times the plan's shots each round. */
    public static final int SHORT_SHOT_FACTOR = 18;

    /** Why a run takes part in a round (planned; beyond, lacking forks; beyond, headline), in the progress line's words. */
    public enum Why {
        PLANNED("planned"),
        AGAIN("forks set aside, measured again"),
        EXTRA("headline runs, while the budget allows");

        private final String words;

        Why(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One JMH invocation of a round: a run at a step, and why it takes part. */
    public record Entry(SweepPlan.Step step, JmhRun run, Why why) {
    }

    private Rounds() {
    }

    /** The rounds a run takes part in by plan: the plan's forks, or its headline forks for a headline run. */
    public static int planned(JmhRun run, SweepPlan.JmhSettings jmh) {
        return run.headline() ? Math.max(jmh.forks(), jmh.headlineForks()) : jmh.forks();
    }

    /** The most rounds any run of {@code plan} takes part in by plan. */
    public static int planned(SweepPlan plan) {
        return plan.steps().stream().flatMap(s -> s.runs().stream()).mapToInt(r -> planned(r, plan.jmh())).max().orElse(0);
    }

    /** The JMH settings of one round of a run: one fork, short single shots {@link #SHORT_SHOT_FACTOR} times as many. */
    public static SweepPlan.JmhSettings invocation(JmhRun run, SweepPlan.JmhSettings jmh) {
        int iterations = run.shortShots() ? jmh.iterations() * SHORT_SHOT_FACTOR : jmh.iterations();
        return new SweepPlan.JmhSettings(1, jmh.warmupIterations(), jmh.warmupMillis(), iterations, jmh.iterationMillis(),
                jmh.headlineForks());
    }

    /** One round's time of a run (its estimate covers its planned rounds). */
    public static double roundSeconds(JmhRun run, SweepPlan.JmhSettings jmh) {
        return run.estimatedSeconds() / Math.max(1, planned(run, jmh));
    }

    /**
     * The runs that may take part in round {@code round}, in the order they run: every run in its planned rounds; beyond
     * them, a run lacking planned forks ({@link Why#AGAIN}) and every other headline run ({@link Why#EXTRA}).
     *
     * @param forks    the counted forks a run at a step has so far (of its combination with the fewest)
     * @param attempts the rounds a run at a step took part in so far
     */
    public static List<Entry> of(SweepPlan plan, int round, ToIntBiFunction<SweepPlan.Step, JmhRun> forks,
                                 ToIntBiFunction<SweepPlan.Step, JmhRun> attempts) {
        if (round > MAX_ROUNDS) {
            return List.of();
        }
        Map<String, List<Entry>> byRun = new LinkedHashMap<>();
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                int planned = planned(run, plan.jmh());
                Why why = round <= planned ? Why.PLANNED
                        : forks.applyAsInt(step, run) < planned && attempts.applyAsInt(step, run) < planned + REMEASURES ? Why.AGAIN
                        : run.headline() ? Why.EXTRA : null;
                if (why != null) {
                    byRun.computeIfAbsent(run.name(), name -> new ArrayList<>()).add(new Entry(step, run, why));
                }
            }
        }
        Comparator<Entry> byCores = Comparator.comparingInt(e -> e.step().cores());
        return byRun.values().stream().flatMap(entries -> entries.stream().sorted(round % 2 == 1 ? byCores : byCores.reversed()))
                .toList();
    }

    /** A result needs this many forks for an interval worth the name. */
    public static final int FOR_AN_INTERVAL = 3;

    /** The budget a plan needs for its headline runs to get {@code rounds} rounds: that estimate over {@link BudgetCuts#PLAN_SHARE}. */
    public static double budgetForHeadlineRounds(SweepPlan plan, int rounds) {
        double seconds = 0;
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                seconds += run.headline() ? roundSeconds(run, plan.jmh()) * Math.max(rounds, plan.jmh().forks()) : run.estimatedSeconds();
            }
        }
        return seconds / BudgetCuts.PLAN_SHARE;
    }
}
