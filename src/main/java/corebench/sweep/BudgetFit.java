package corebench.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Makes a plan fit its machine and its time budget, in this order, each change recorded as a skip with
 * its reason:
 * <ol>
 *   <li><b>admission</b>: a benchmark whose child JVMs or members would not fit in memory or the process
 *       limit ({@link Resources}) is left out, never attempted;</li>
 *   <li><b>cuts</b>, only while the estimate exceeds the budget, mildest first: the non-headline
 *       workloads (contention, in-place grid) at a few core counts only (1, about N/2, N); SIMD strong
 *       scaling there too; the two costly models (a JVM per task, the cluster) on the headline curves
 *       there too; Jacobi at 512² there too; then, if the JMH settings are the plan's own, one warm-up
 *       iteration and shorter iterations (never below {@link #MIN_ITERATION_MILLIS} ms); thread-per-task,
 *       virtual and parallel-stream on the headline curves at the few counts too; last, smaller
 *       strong-scaling sizes (halved until the plan fits, never below the 2-CPU sizes).</li>
 * </ol>
 * Headline scenarios (Monte Carlo scalar strong and weak scaling, Jacobi at 4096², the bandwidth probe
 * and the clock probe) keep every core count. Each run then gets its estimate and its time allowance: its
 * share of the budget in proportion to its estimate, so the slack is spread and a run that repeats
 * itself for precision knows what it may spend.
 */
public final class BudgetFit {
    /** The default budget of the default sweep (what {@code mvn verify} runs). */
    public static final double DEFAULT_BUDGET_SECONDS = 20 * 60;
    /** Iterations are never shortened below this: shorter ones give JMH too few operations per iteration. */
    static final int MIN_ITERATION_MILLIS = 200;

    private BudgetFit() {
    }

    /** A cut: what it leaves out, in words, and how. */
    private record Cut(String description, UnaryOperator<SweepPlan> apply) {
    }

    /**
     * Fits {@code plan}.
     *
     * @param budgetSeconds the budget; {@link Double#POSITIVE_INFINITY} for none (then only admission applies)
     * @param mayShorten    whether the JMH settings are the plan's own, so that shortening them is allowed
     */
    public static SweepPlan fit(SweepPlan plan, double budgetSeconds, Resources resources, boolean mayShorten) {
        SweepPlan admitted = admit(plan, resources);
        List<String> applied = new ArrayList<>();
        SweepPlan fitted = estimated(admitted);
        for (Cut cut : cuts(admitted, mayShorten, budgetSeconds)) {
            if (fitted.estimatedSeconds() <= budgetSeconds) {
                break;
            }
            SweepPlan next = estimated(cut.apply().apply(fitted));
            if (!next.steps().equals(fitted.steps()) || !next.jmh().equals(fitted.jmh())) {
                applied.add(cut.description());
            }
            fitted = next;
        }
        return withAllowances(fitted, budgetSeconds, applied, resources);
    }

    /** The core counts the non-headline scenarios keep under a cut: 1, the largest count up to N/2, and N. */
    static Set<Integer> fewCounts(List<Integer> counts) {
        int top = counts.get(counts.size() - 1);
        Set<Integer> few = new TreeSet<>(List.of(counts.get(0), top));
        counts.stream().filter(c -> c <= top / 2).reduce((a, b) -> b).ifPresent(few::add);
        return few;
    }

    private static List<Cut> cuts(SweepPlan plan, boolean mayShorten, double budgetSeconds) {
        List<Integer> counts = plan.steps().stream().map(SweepPlan.Step::cores).toList();
        if (counts.isEmpty()) {
            return List.of();
        }
        Set<Integer> few = fewCounts(counts);
        String at = "only at " + few + " cores";
        List<Cut> cuts = new ArrayList<>();
        cuts.add(new Cut("non-headline workloads " + at, p -> onlyAt(p, few, r -> !headline(r),
                "not a headline scenario: run " + at + " to keep the sweep within its time budget")));
        cuts.add(new Cut("Monte Carlo SIMD strong scaling " + at, p -> onlyAt(p, few, r -> r.name().equals("montecarlo-strong-simd"),
                "simd strong scaling " + at + " to keep the sweep within its time budget")));
        cuts.add(new Cut("process-per-task and cluster on the headline curves " + at, p -> modelsOnlyAt(p, few,
                List.of("process-per-task", "cluster"), "on the headline curves " + at
                        + " (each starts JVMs per operation or per fork) to keep the sweep within its time budget")));
        cuts.add(new Cut("Jacobi at 512² " + at, p -> onlyAt(p, few, r -> r.name().equals("grid-jacobi-512"),
                "jacobi at 512² " + at + " to keep the sweep within its time budget")));
        if (mayShorten) {
            cuts.add(new Cut("one warm-up iteration", BudgetFit::oneWarmup));
            cuts.add(new Cut("shorter JMH iterations", p -> shortened(p, budgetSeconds)));
        }
        cuts.add(new Cut("thread-per-task, virtual and parallel-stream on the headline curves " + at, p -> modelsOnlyAt(p, few,
                List.of("thread-per-task", "virtual", "parallel-stream"), "on the headline curves " + at
                        + " (platform-pool and forkjoin stand for the thread models) to keep the sweep within its time budget")));
        // several forks show fork-to-fork spread; on a big machine the budget keeps the sizes (20 ms per worker) first
        cuts.add(new Cut("headline scenarios on one fork", BudgetFit::oneHeadlineFork));
        cuts.add(new Cut("smaller strong-scaling sizes", p -> smallerSizes(p, budgetSeconds)));
        return cuts;
    }

    /** Headline scenarios keep every core count. */
    static boolean headline(JmhRun run) {
        return switch (run.workload()) {
            case "montecarlo" -> true;
            case "grid" -> run.params().getOrDefault("kernel", List.of()).contains("jacobi") || run.benchmark().equals(GridPlan.PROBE);
            case "clock" -> true;
            default -> false;
        };
    }

    /** Runs matching {@code which} only at {@code few} core counts; the others become skips. */
    private static SweepPlan onlyAt(SweepPlan plan, Set<Integer> few, Predicate<JmhRun> which, String reason) {
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            List<JmhRun> runs = new ArrayList<>();
            for (JmhRun run : step.runs()) {
                if (few.contains(step.cores()) || !which.test(run)) {
                    runs.add(run);
                } else {
                    skips.add(new SweepPlan.Skip(run.workload(), String.join(", ", run.params().getOrDefault("model", List.of())),
                            run.name() + " " + reason));
                }
            }
            steps.add(new SweepPlan.Step(step.cores(), step.cpus(), runs));
        }
        return rebuilt(plan, plan.jmh(), steps, skips);
    }

    /** {@code models} leave the headline runs except at {@code few} core counts. */
    private static SweepPlan modelsOnlyAt(SweepPlan plan, Set<Integer> few, List<String> models, String reason) {
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            List<JmhRun> runs = new ArrayList<>();
            for (JmhRun run : step.runs()) {
                List<String> runModels = run.params().getOrDefault("model", List.of());
                List<String> kept = runModels.stream().filter(m -> !models.contains(m)).toList();
                if (few.contains(step.cores()) || !headline(run) || kept.size() == runModels.size()) {
                    runs.add(run);
                    continue;
                }
                runModels.stream().filter(models::contains).forEach(m -> skips.add(new SweepPlan.Skip(run.workload(), m, run.name() + " " + reason)));
                if (!kept.isEmpty()) {
                    runs.add(run.with("model", kept));
                }
            }
            steps.add(new SweepPlan.Step(step.cores(), step.cpus(), runs));
        }
        return rebuilt(plan, plan.jmh(), steps, skips);
    }

    /** One warm-up iteration instead of several: the kernels reach C2 within the first ~100 ms of a fork. */
    private static SweepPlan oneWarmup(SweepPlan plan) {
        SweepPlan.JmhSettings s = plan.jmh();
        if (s.warmupIterations() <= 1) {
            return plan;
        }
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        skips.add(new SweepPlan.Skip("all", "all", "warm-up cut from " + s.warmupIterations()
                + " iterations to 1 to keep the sweep within its time budget"));
        return rebuilt(plan, new SweepPlan.JmhSettings(s.forks(), 1, s.warmupMillis(), s.iterations(), s.iterationMillis(),
                        s.headlineForks()),
                plan.steps(), skips);
    }

    /** Headline runs on the plan's forks, like the others: no fork-to-fork spread, but their sizes kept. */
    private static SweepPlan oneHeadlineFork(SweepPlan plan) {
        SweepPlan.JmhSettings s = plan.jmh();
        if (s.headlineForks() <= s.forks()) {
            return plan;
        }
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        skips.add(new SweepPlan.Skip("montecarlo, grid", "all", "headline scenarios on " + s.forks() + " fork instead of "
                + s.headlineForks() + " (no fork-to-fork spread) to keep the sweep within its time budget"));
        return rebuilt(plan, s.withHeadlineForks(s.forks()), plan.steps(), skips);
    }

    /** Warm-up and measurement iterations shortened in proportion, so that the estimate meets the budget. */
    private static SweepPlan shortened(SweepPlan plan, double budgetSeconds) {
        SweepPlan.JmhSettings s = plan.jmh();
        double scale = Math.min(1, budgetSeconds / plan.estimatedSeconds());
        int warmup = Math.max(MIN_ITERATION_MILLIS, (int) (s.warmupMillis() * scale));
        int measure = Math.max(MIN_ITERATION_MILLIS, (int) (s.iterationMillis() * scale));
        SweepPlan.JmhSettings shorter = new SweepPlan.JmhSettings(s.forks(), s.warmupIterations(), Math.min(warmup, s.warmupMillis()),
                s.iterations(), Math.min(measure, s.iterationMillis()), s.headlineForks());
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        if (!shorter.equals(s)) {
            skips.add(new SweepPlan.Skip("all", "all", "iterations shortened from " + s.warmupMillis() + "/" + s.iterationMillis()
                    + " ms to " + shorter.warmupMillis() + "/" + shorter.iterationMillis() + " ms (warm-up/measurement) to keep the sweep within its time budget"));
        }
        return rebuilt(plan, shorter, plan.steps(), skips);
    }

    /**
     * Strong-scaling sizes (Monte Carlo samples, Jacobi sweeps) halved until the estimate meets the budget or
     * the sizes are back at the 2-CPU ones: the budget then wins over the ~20 ms per top-step worker, and the
     * skip says what each of them gets.
     */
    private static SweepPlan smallerSizes(SweepPlan plan, double budgetSeconds) {
        SweepPlan current = plan;
        int halvings = 0;
        while (estimated(current).estimatedSeconds() > budgetSeconds) {
            SweepPlan next = halved(current);
            if (next == null) {
                break;
            }
            current = next;
            halvings++;
        }
        if (halvings == 0) {
            return plan;
        }
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(current.skipped());
        int top = current.steps().get(current.steps().size() - 1).cores();
        long samples = current.steps().stream().flatMap(st -> st.runs().stream())
                .filter(r -> r.benchmark().equals(MonteCarloPlan.BENCHMARK) && r.params().get("scaling").contains("strong"))
                .mapToLong(r -> Long.parseLong(r.params().get("samples").get(0))).max().orElse(ScaledSizes.BASE_SAMPLES);
        skips.add(new SweepPlan.Skip("montecarlo, grid", "all", String.format(Locale.ROOT,
                "strong-scaling sizes halved %d time(s) to keep the sweep within its time budget: %d Monte Carlo samples, so each of "
                        + "the %d top-step workers gets ~%.1f ms of scalar work instead of ~20", halvings, samples, top,
                samples * PlanEstimate.SCALAR_SECONDS_PER_SAMPLE / top * 1000)));
        return rebuilt(current, current.jmh(), current.steps(), skips);
    }

    /** Every strong-scaling size halved, or null when none is above its 2-CPU value any more. */
    private static SweepPlan halved(SweepPlan plan) {
        boolean changed = false;
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            List<JmhRun> runs = new ArrayList<>();
            for (JmhRun run : step.runs()) {
                JmhRun r = run;
                if (run.benchmark().equals(MonteCarloPlan.BENCHMARK) && run.params().get("scaling").contains("strong")) {
                    long samples = Long.parseLong(run.params().get("samples").get(0));
                    if (samples > ScaledSizes.BASE_SAMPLES) {
                        r = r.with("samples", List.of(String.valueOf(samples / 2)));
                        changed = true;
                    }
                }
                if (run.params().containsKey("steps")) {
                    int sweeps = Integer.parseInt(run.params().get("steps").get(0));
                    int base = ScaledSizes.jacobiSteps(Integer.parseInt(run.params().get("size").get(0)), 2);
                    if (sweeps / 2 >= base) {
                        r = r.with("steps", List.of(String.valueOf(sweeps / 2)));
                        changed = true;
                    }
                }
                runs.add(r);
            }
            steps.add(new SweepPlan.Step(step.cores(), step.cpus(), runs));
        }
        return changed ? rebuilt(plan, plan.jmh(), steps, new LinkedHashSet<>(plan.skipped())) : null;
    }

    /** Leaves out every (model, workers) combination that would not fit, splitting runs by model where needed. */
    static SweepPlan admit(SweepPlan plan, Resources resources) {
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            List<JmhRun> runs = new ArrayList<>();
            for (JmhRun run : step.runs()) {
                runs.addAll(admitted(plan.jmh(), step, run, resources, skips));
            }
            steps.add(new SweepPlan.Step(step.cores(), step.cpus(), runs));
        }
        steps.removeIf(s -> s.runs().isEmpty());
        return rebuilt(plan, plan.jmh(), steps, skips);
    }

    /**
     * The parts of {@code run} that fit {@code resources}: the run itself if every combination fits, else one run
     * per model with the worker counts that fit (an estimated run's parts share its estimate and allowance);
     * each combination left out is added to {@code skips}.
     */
    static List<JmhRun> admitted(SweepPlan.JmhSettings settings, SweepPlan.Step step, JmhRun run, Resources resources,
                                 Set<SweepPlan.Skip> skips) {
        List<String> models = run.params().getOrDefault("model", List.of());
        List<String> workers = run.params().getOrDefault("workers", List.of());
        boolean allFit = true;
        List<JmhRun> split = new ArrayList<>();
        for (String model : models) {
            List<String> fitting = new ArrayList<>();
            for (String w : workers) {
                Optional<String> refusal = resources.refusal(PlanEstimate.cost(settings, step.cores(), run, Map.of("model", model, "workers", w)));
                if (refusal.isPresent()) {
                    allFit = false;
                    skips.add(new SweepPlan.Skip(run.workload(), model, run.name() + " at " + w + " workers, " + step.cores()
                            + " cores not run: " + refusal.get()));
                } else {
                    fitting.add(w);
                }
            }
            if (!fitting.isEmpty()) {
                JmhRun part = new JmhRun(run.name() + "-" + model, run.workload(), run.benchmark(), run.params())
                        .with("model", List.of(model)).with("workers", fitting);
                if (run.estimatedSeconds() > 0) {
                    double estimate = PlanEstimate.runSeconds(settings, step.cores(), part);
                    part = part.withTime(estimate, run.allowanceSeconds() * estimate / run.estimatedSeconds());
                }
                split.add(part);
            }
        }
        return allFit ? List.of(run) : split;
    }

    private static SweepPlan estimated(SweepPlan plan) {
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            steps.add(new SweepPlan.Step(step.cores(), step.cpus(), step.runs().stream()
                    .map(r -> r.withTime(PlanEstimate.runSeconds(plan.jmh(), step.cores(), r), 0)).toList()));
        }
        steps.removeIf(s -> s.runs().isEmpty());
        return new SweepPlan(plan.name(), plan.jmh(), steps, plan.skipped(), plan.budget());
    }

    private static SweepPlan withAllowances(SweepPlan plan, double budgetSeconds, List<String> cuts, Resources resources) {
        double total = plan.estimatedSeconds();
        double share = Double.isFinite(budgetSeconds) && total > 0 ? Math.max(1, budgetSeconds / total) : 1;
        int peakJvms = 0;
        int peakMembers = 0;
        long peakBytes = 0;
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                for (Map<String, String> combo : PlanEstimate.combinations(run)) {
                    PlanEstimate.Cost c = PlanEstimate.cost(plan.jmh(), step.cores(), run, combo);
                    peakJvms = Math.max(peakJvms, c.childJvms());
                    peakMembers = Math.max(peakMembers, c.members());
                    peakBytes = Math.max(peakBytes, c.bytes());
                }
            }
            steps.add(new SweepPlan.Step(step.cores(), step.cpus(), step.runs().stream()
                    .map(r -> r.withTime(r.estimatedSeconds(), r.estimatedSeconds() * share)).toList()));
        }
        SweepPlan.Budget budget = new SweepPlan.Budget(Double.isFinite(budgetSeconds) ? budgetSeconds : 0, total, List.copyOf(cuts), peakJvms, peakMembers, peakBytes,
                resources.source());
        return new SweepPlan(plan.name(), plan.jmh(), steps, plan.skipped(), budget);
    }

    private static SweepPlan rebuilt(SweepPlan plan, SweepPlan.JmhSettings settings, List<SweepPlan.Step> steps, Set<SweepPlan.Skip> skips) {
        return new SweepPlan(plan.name(), settings, steps, List.copyOf(skips), plan.budget());
    }
}
