package corebench.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a sweep repeats: a sequence of rounds, each measuring its runs once (one JMH fork per benchmark), the round
 * being the unit of replication (Kalibera &amp; Jones, ISMM 2013). Every run takes part in the plan's first
 * {@code forks} rounds, a headline run ({@link JmhRun#headline}) in its first {@code headlineForks}; beyond the
 * planned rounds, headline runs go on while the budget pays for a round, up to {@link #MAX_ROUNDS}. A run whose
 * forks were set aside (the machine did not deliver the step's CPUs, {@link ForkCheck}) takes part in later rounds
 * until it has its planned forks, at most {@link #REMEASURES} times.
 *
 * <p>Within a round the runs come one benchmark at a time across the core counts (a run at 1 core, then at 2, 4,
 * ...; downwards in even rounds), so the two halves of a speedup are measured seconds apart, not a step apart.
 */
public final class Rounds {
    /** No run takes part in more rounds than this, whatever the budget. */
    public static final int MAX_ROUNDS = 12;
    /**
     * A run whose forks were set aside takes part in at most this many rounds beyond its planned ones: a fork the
     * capacity probe finds short every time is the model's own background work (a cluster's members, thousands of
     * threads winding down) more likely than a neighbour, and measuring it again would only spend the budget.
     */
    public static final int REMEASURES = 2;
    /** A short-shot run ({@link JmhRun#shortShots}) measures this times the plan's shots each round. */
    public static final int SHORT_SHOT_FACTOR = 18;

    /** One JMH invocation of a round: a run at a step. */
    public record Entry(SweepPlan.Step step, JmhRun run) {
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

    /**
     * The JMH settings of one round of a run: one fork; short single shots ({@link JmhRun#shortShots}) take
     * {@link #SHORT_SHOT_FACTOR} times the plan's shots.
     */
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
     * The runs of round {@code round}, in the order they run.
     *
     * @param counted how many counted forks a run at a step has so far (its combination with the fewest)
     * @param extra   whether a round beyond the planned ones may run headline runs (the budget pays for it)
     */
    public static List<Entry> of(SweepPlan plan, int round, Counted counted, boolean extra) {
        if (round > MAX_ROUNDS) {
            return List.of();
        }
        Map<String, List<Entry>> byRun = new LinkedHashMap<>();
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                int planned = planned(run, plan.jmh());
                boolean again = counted.forks(step, run) < planned && counted.attempts(step, run) < planned + REMEASURES;
                boolean takesPart = round <= planned || again || extra && run.headline();
                if (takesPart) {
                    byRun.computeIfAbsent(run.name(), name -> new ArrayList<>()).add(new Entry(step, run));
                }
            }
        }
        Comparator<Entry> byCores = Comparator.comparingInt(e -> e.step().cores());
        List<Entry> order = new ArrayList<>();
        byRun.values().forEach(entries -> entries.stream().sorted(round % 2 == 1 ? byCores : byCores.reversed())
                .forEach(order::add));
        return order;
    }

    /** A result needs this many forks for an interval worth the name (Student's t of 2 degrees of freedom: 31.6). */
    public static final int FOR_AN_INTERVAL = 3;

    /**
     * The estimated time of the plan with its headline runs in {@code rounds} rounds (the others as planned), in
     * seconds: what {@code sweep --budget} must allow for them to get that many.
     */
    public static double secondsWithHeadlineRounds(SweepPlan plan, int rounds) {
        double seconds = 0;
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                seconds += run.headline() ? roundSeconds(run, plan.jmh()) * Math.max(rounds, plan.jmh().forks()) : run.estimatedSeconds();
            }
        }
        return seconds;
    }

    /** The estimated time of a round's entries, in seconds. */
    public static double seconds(List<Entry> entries, SweepPlan.JmhSettings jmh) {
        return entries.stream().mapToDouble(e -> roundSeconds(e.run(), jmh)).sum();
    }

    /** What a run at a step has so far. */
    public interface Counted {
        /** Its counted (not set aside) forks, of its combination with the fewest. */
        int forks(SweepPlan.Step step, JmhRun run);

        /** The rounds it took part in. */
        int attempts(SweepPlan.Step step, JmhRun run);
    }
}
