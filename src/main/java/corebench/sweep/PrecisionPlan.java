package corebench.sweep;

/**
 * How a sweep measures precisely, recorded in machine.json beside the plan: the {@link PrecisionTarget}, the
 * settings of the headline runs' ({@link JmhRun#headline}) and the short single shots' first attempt, and how much
 * time re-runs may take.
 *
 * <p>Headline runs start with at least two forks, each with two warm-up and two measured iterations fewer than the
 * plan (at least one and three), their measured time cut into iterations of {@link BudgetCuts#MIN_ITERATION_MILLIS},
 * unless the user set the iterations. Short single shots ({@link StartupPlan#shortShots}) take
 * {@link #SHORT_SHOT_FACTOR} times the plan's shots, unless the user set the iterations. Re-runs of a run may take
 * {@code allowanceFactor} times its planned time, and no more than the budget gives the run beyond its estimate
 * ({@link JmhRun#allowanceSeconds()} minus {@link JmhRun#estimatedSeconds()}).
 *
 * @param target          the per-result targets
 * @param headline        JMH settings of a headline run's first attempt
 * @param allowanceFactor re-runs of a run may take this times the run's planned time
 * @param shortShots      JMH settings of a short-shot run's first attempt ({@code null} in older runs: the plan's)
 */
public record PrecisionPlan(PrecisionTarget target, SweepPlan.JmhSettings headline, double allowanceFactor,
                            SweepPlan.JmhSettings shortShots) {
    /** Re-runs may take half a run's planned time: a sweep takes at most 1.5 times its plan. */
    public static final double DEFAULT_ALLOWANCE_FACTOR = 0.5;
    /** Forks of a headline run's first attempt. */
    public static final int HEADLINE_FORKS = 2;
    /** A short-shot run measures this times the plan's shots. */
    public static final int SHORT_SHOT_FACTOR = 18;

    /**
     * The default for a plan's settings.
     *
     * @param userIterations whether the user chose the iterations (then headline forks keep them)
     * @param userForks      whether the user chose the forks (then headline runs keep them too)
     */
    public static PrecisionPlan of(PrecisionTarget target, SweepPlan.JmhSettings plan, boolean userIterations,
                                   boolean userForks) {
        SweepPlan.JmhSettings headline = userForks ? plan : headlineSettings(plan, userIterations);
        SweepPlan.JmhSettings shortShots = userIterations ? plan : new SweepPlan.JmhSettings(plan.forks(),
                plan.warmupIterations(), plan.warmupMillis(), plan.iterations() * SHORT_SHOT_FACTOR, plan.iterationMillis(),
                plan.headlineForks());
        return new PrecisionPlan(target, headline, DEFAULT_ALLOWANCE_FACTOR, shortShots);
    }

    /**
     * The settings of a headline run's first attempt under the plan's {@code settings}: at least
     * {@code plan.headlineForks()} forks (by default {@link #HEADLINE_FORKS}), each with two warm-up and two
     * measured iterations fewer, their measured time in iterations of at least {@link BudgetCuts#MIN_ITERATION_MILLIS}
     * (unless the user chose the iterations: then the plan's). {@link PlanEstimate} costs headline runs with these.
     */
    public static SweepPlan.JmhSettings headlineSettings(SweepPlan.JmhSettings plan, boolean userIterations) {
        if (plan.headlineForks() <= plan.forks()) {
            return plan; // older results, or a budget that cut headline runs to the plan's forks
        }
        if (userIterations) {
            return new SweepPlan.JmhSettings(plan.headlineForks(), plan.warmupIterations(), plan.warmupMillis(),
                    plan.iterations(), plan.iterationMillis(), plan.headlineForks());
        }
        int iterations = Math.max(3, plan.iterations() - 2);
        int pieces = Math.max(1, plan.iterationMillis() / BudgetCuts.MIN_ITERATION_MILLIS);
        return new SweepPlan.JmhSettings(plan.headlineForks(), Math.max(1, plan.warmupIterations() - 2), plan.warmupMillis(),
                iterations * pieces, plan.iterationMillis() / pieces, plan.headlineForks());
    }

    /** No target and no headline forks: every run once with the plan's settings. */
    public static PrecisionPlan none(SweepPlan.JmhSettings plan) {
        return new PrecisionPlan(PrecisionTarget.OFF, plan, 0, plan);
    }

    /** The settings of a run's first attempt. */
    public SweepPlan.JmhSettings firstAttempt(JmhRun run, SweepPlan.JmhSettings plan) {
        if (run.headline()) {
            return headline;
        }
        return StartupPlan.shortShots(run) && shortShots != null ? shortShots : plan;
    }

    /** The planned time of a run's first attempt, in seconds: the planner's estimate where it made one. */
    public double plannedSeconds(JmhRun run, SweepPlan.JmhSettings plan) {
        return run.estimatedSeconds() > 0 ? run.estimatedSeconds() : run.combinations() * PlanEstimate.benchmarkSeconds(firstAttempt(run, plan));
    }

    /**
     * The time a run's re-runs may take, in seconds (0 without a target): its share of the budget beyond its
     * estimate, and at most {@code allowanceFactor} times its planned time.
     */
    public double allowanceSeconds(JmhRun run, SweepPlan.JmhSettings plan) {
        if (!target.enabled()) {
            return 0;
        }
        double byFactor = plannedSeconds(run, plan) * allowanceFactor;
        // a small sweep's budget share is many times its estimate: re-runs keep to the factor all the same
        return run.allowanceSeconds() > 0 ? Math.min(byFactor, Math.max(0, run.allowanceSeconds() - run.estimatedSeconds()))
                : byFactor;
    }

    /** The plan's first attempts, in seconds. */
    public double plannedSeconds(SweepPlan plan) {
        return plan.steps().stream().flatMap(s -> s.runs().stream()).mapToDouble(r -> plannedSeconds(r, plan.jmh())).sum();
    }

    /** The plan's longest duration: first attempts plus every re-run allowance, in seconds. */
    public double worstCaseSeconds(SweepPlan plan) {
        return plan.steps().stream().flatMap(s -> s.runs().stream())
                .mapToDouble(r -> plannedSeconds(r, plan.jmh()) + allowanceSeconds(r, plan.jmh())).sum();
    }
}
