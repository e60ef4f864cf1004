package corebench.sweep;

import corebench.bench.MonteCarloBench;
import corebench.bench.ScaledSizes;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Makes a plan fit its time budget: the cuts of {@link #table} in order, mildest first, each applied only while
 * the estimate ({@link PlanEstimate}) is over the budget, each change recorded as a skip with its reason and the
 * cuts that changed the plan named in its {@link SweepPlan.Budget} record. Headline runs ({@link JmhRun#headline})
 * and probes ({@link JmhRun#probe}) keep every core count longest.
 *
 * @param budgetSeconds the budget; {@link Double#POSITIVE_INFINITY} for none
 * @param mayShorten    whether the JMH settings are the plan's own, so that shortening them is allowed
 */
record BudgetCuts(double budgetSeconds, boolean mayShorten) implements UnaryOperator<SweepPlan> {
    /** Iterations are never shortened below this: shorter ones give JMH too few operations per iteration. */
    static final int MIN_ITERATION_MILLIS = 200;
    /**
     * The cuts but the last (smaller sizes, which would change what is measured) aim the plan's estimate at this share
     * of the budget: the rest pays for the estimate's error and for forks set aside and measured again.
     */
    static final double PLAN_SHARE = 0.9;
    private static final String WHY = " to keep the sweep within its time budget";

    /** A row of the table: what it leaves out, in words, and how. */
    record Cut(String description, UnaryOperator<SweepPlan> transform) {
    }


    @Override
    public SweepPlan apply(SweepPlan plan) {
        List<String> applied = new ArrayList<>();
        SweepPlan fitted = Allowances.estimated(plan);
        for (Cut cut : table(plan)) {
            if (fitted.estimatedSeconds() <= PLAN_SHARE * budgetSeconds) {
                break;
            }
            SweepPlan next = Allowances.estimated(cut.transform().apply(fitted));
            if (!next.steps().equals(fitted.steps()) || !next.jmh().equals(fitted.jmh())) {
                applied.add(cut.description());
            }
            fitted = next;
        }
        return (applied.isEmpty() ? plan : fitted).withBudget(new SweepPlan.Budget(0, 0, List.copyOf(applied), 0, 0, 0, "", false));
    }

    /** The cuts, in the order they apply. */
    List<Cut> table(SweepPlan plan) {
        if (plan.steps().isEmpty()) {
            return List.of();
        }
        Set<Integer> few = fewCounts(plan.steps().stream().map(SweepPlan.Step::cores).toList());
        String at = "only at " + few + " cores";
        Predicate<ModelType> startsJvms = m -> m.has(Trait.JVM_PER_SUBMISSION) || m.has(Trait.REMOTE);
        // the in-JVM thread models but the pools of long-lived platform threads, which stand for them
        Predicate<ModelType> threads = m -> m.has(Trait.SHARED_HEAP) && !m.has(Trait.SERIAL);
        Predicate<ModelType> pools = m -> m.has(Trait.QUEUE_CONSUMERS) && !m.has(Trait.VIRTUAL_THREADS);
        List<Cut> cuts = new ArrayList<>(List.of(
                onlyAt(few, "non-headline workloads " + at, r -> !r.headline() && !r.probe(), "not a headline scenario: run " + at + WHY),
                onlyAt(few, "Monte Carlo SIMD strong scaling " + at, r -> r.name().equals("montecarlo-strong-simd"),
                        "simd strong scaling " + at + WHY),
                modelsOnlyAt(few, startsJvms, "on the headline curves " + at, " (each starts JVMs per operation or per fork)"),
                onlyAt(few, "Jacobi at 512² " + at, r -> r.name().equals("grid-jacobi-512"), "jacobi at 512² " + at + WHY)));
        if (mayShorten) {
            cuts.add(new Cut("one warm-up iteration", BudgetCuts::oneWarmup));
            cuts.add(new Cut("shorter JMH iterations", this::shortened));
        }
        cuts.add(modelsOnlyAt(few, threads.and(pools.negate()), "on the headline curves " + at,
                " (" + names(threads.and(pools)) + " stand for the thread models)"));
        cuts.add(new Cut("non-headline scenarios in one round", BudgetCuts::othersInOneRound));
        cuts.add(new Cut("headline scenarios in fewer rounds", this::fewerHeadlineRounds));
        cuts.add(new Cut("smaller strong-scaling sizes", this::smallerSizes));
        return cuts;
    }

    /** The core counts the non-headline scenarios keep under a cut: 1, the largest count up to N/2, and N. */
    static Set<Integer> fewCounts(List<Integer> counts) {
        int top = counts.get(counts.size() - 1);
        Set<Integer> few = new TreeSet<>(List.of(counts.get(0), top));
        counts.stream().filter(c -> c <= top / 2).reduce((a, b) -> b).ifPresent(few::add);
        return few;
    }

    /** Runs matching {@code which} only at {@code few} core counts; the others become skips. */
    private static Cut onlyAt(Set<Integer> few, String description, Predicate<JmhRun> which, String reason) {
        return new Cut(description, plan -> plan.mapRuns((step, run, skips) -> {
            if (few.contains(step.cores()) || !which.test(run)) {
                return List.of(run);
            }
            skips.accept(new SweepPlan.Skip(run.workload(), run.modelList(), run.name() + " " + reason));
            return List.of();
        }));
    }

    /** The models matching {@code which} leave the headline runs except at {@code few} core counts. */
    private static Cut modelsOnlyAt(Set<Integer> few, Predicate<ModelType> which, String where, String why) {
        List<String> models = Models.all().stream().filter(which).map(ModelType::id).toList();
        return new Cut(names(which) + " " + where, plan -> plan.mapRuns((step, run, skips) -> {
            List<String> runModels = run.params().getOrDefault("model", List.of());
            List<String> kept = runModels.stream().filter(m -> !models.contains(m)).toList();
            if (few.contains(step.cores()) || !(run.headline() || run.probe()) || kept.size() == runModels.size()) {
                return List.of(run);
            }
            runModels.stream().filter(models::contains).forEach(m -> skips.accept(new SweepPlan.Skip(run.workload(), m,
                    run.name() + " " + where + why + WHY)));
            return kept.isEmpty() ? List.of() : List.of(run.with("model", kept));
        }));
    }

    /** The models matching {@code which}, as "a, b and c". */
    private static String names(Predicate<ModelType> which) {
        List<String> models = Models.all().stream().filter(which).map(ModelType::id).toList();
        return models.size() < 2 ? String.join("", models)
                : String.join(", ", models.subList(0, models.size() - 1)) + " and " + models.get(models.size() - 1);
    }

    /** One warm-up iteration instead of several. */
    private static SweepPlan oneWarmup(SweepPlan plan) {
        SweepPlan.JmhSettings s = plan.jmh();
        return plan.withJmh(new SweepPlan.JmhSettings(s.forks(), Math.min(1, s.warmupIterations()), s.warmupMillis(), s.iterations(),
                s.iterationMillis(), s.headlineForks()), new SweepPlan.Skip("all", "all", "warm-up cut from " + s.warmupIterations()
                + " iterations to 1" + WHY));
    }

    /** Every run but the headline ones in one round: one fork each, so no interval (not claimed), their sizes kept. */
    private static SweepPlan othersInOneRound(SweepPlan plan) {
        SweepPlan.JmhSettings s = plan.jmh();
        return s.forks() <= 1 ? plan : plan.withJmh(new SweepPlan.JmhSettings(1, s.warmupIterations(), s.warmupMillis(),
                s.iterations(), s.iterationMillis(), Math.max(s.forks(), s.headlineForks())), new SweepPlan.Skip("all", "all",
                "scenarios other than Monte Carlo and grid Jacobi scaling in 1 round instead of " + s.forks()
                + " (one fork: no interval, not claimed; a larger --budget gives them more)" + WHY));
    }

    /**
     * Headline runs in as many rounds as fit the budget, at least the plan's rounds (more if the budget allows when the
     * sweep gets there): wider intervals, or none with one round; sizes kept.
     */
    private SweepPlan fewerHeadlineRounds(SweepPlan plan) {
        SweepPlan.JmhSettings s = plan.jmh();
        int rounds = s.headlineForks();
        while (rounds > s.forks() && Rounds.budgetForHeadlineRounds(plan, rounds) > budgetSeconds) {
            rounds--;
        }
        return rounds >= s.headlineForks() ? plan : plan.withJmh(s.withHeadlineForks(rounds), new SweepPlan.Skip(
                "montecarlo, grid", "all", "headline scenarios planned in " + rounds + " rounds instead of " + s.headlineForks()
                + " (wider intervals)" + WHY));
    }

    /** Warm-up and measurement iterations shortened in proportion, so that the estimate meets the budget. */
    private SweepPlan shortened(SweepPlan plan) {
        SweepPlan.JmhSettings s = plan.jmh();
        double scale = Math.min(1, PLAN_SHARE * budgetSeconds / plan.estimatedSeconds());
        int warmup = Math.min(s.warmupMillis(), Math.max(MIN_ITERATION_MILLIS, (int) (s.warmupMillis() * scale)));
        int measure = Math.min(s.iterationMillis(), Math.max(MIN_ITERATION_MILLIS, (int) (s.iterationMillis() * scale)));
        return plan.withJmh(new SweepPlan.JmhSettings(s.forks(), s.warmupIterations(), warmup, s.iterations(), measure,
                s.headlineForks()), new SweepPlan.Skip("all", "all", "iterations shortened from " + s.warmupMillis() + "/"
                + s.iterationMillis() + " ms to " + warmup + "/" + measure + " ms (warm-up/measurement)" + WHY));
    }

    /**
     * Strong-scaling sizes (Monte Carlo samples, Jacobi sweeps) halved until the estimate meets the budget or the
     * sizes are back at the 2-CPU ones; the skip says what each top-step worker then gets.
     */
    private SweepPlan smallerSizes(SweepPlan plan) {
        SweepPlan current = plan;
        int halvings = 0;
        SweepPlan next;
        while (Allowances.estimated(current).estimatedSeconds() > budgetSeconds && (next = halved(current)) != null) {
            current = next;
            halvings++;
        }
        if (halvings == 0) {
            return plan;
        }
        int top = current.steps().get(current.steps().size() - 1).cores();
        long samples = current.steps().stream().flatMap(st -> st.runs().stream()).filter(BudgetCuts::strongMonteCarlo)
                .mapToLong(r -> Long.parseLong(r.params().get("samples").get(0))).max().orElse(ScaledSizes.BASE_SAMPLES);
        return current.withSkip(new SweepPlan.Skip("montecarlo, grid", "all", String.format(Locale.ROOT,
                "strong-scaling sizes halved %d time(s)" + WHY + ": %d Monte Carlo samples, so each of the %d top-step workers"
                        + " gets ~%.1f ms of scalar work instead of ~20", halvings, samples, top,
                samples * MonteCarloBench.SCALAR_SECONDS_PER_SAMPLE / top * 1000)));
    }

    private static boolean strongMonteCarlo(JmhRun run) {
        return run.benchmark().equals(MonteCarloBench.BENCHMARK) && run.params().get("scaling").contains("strong");
    }

    /** Every strong-scaling size halved, or null when none is above its 2-CPU value any more. */
    private static SweepPlan halved(SweepPlan plan) {
        SweepPlan halved = plan.mapRuns((step, run, skips) -> {
            JmhRun r = run;
            long samples = strongMonteCarlo(run) ? Long.parseLong(run.params().get("samples").get(0)) : 0;
            if (samples > ScaledSizes.BASE_SAMPLES) {
                r = r.with("samples", List.of(String.valueOf(samples / 2)));
            }
            int sweeps = run.params().containsKey("steps") ? Integer.parseInt(run.params().get("steps").get(0)) : 0;
            if (sweeps > 0 && sweeps / 2 >= ScaledSizes.jacobiSteps(Integer.parseInt(run.params().get("size").get(0)), 2)) {
                r = r.with("steps", List.of(String.valueOf(sweeps / 2)));
            }
            return List.of(r);
        });
        return halved.steps().equals(plan.steps()) ? null : halved;
    }
}
