package corebench.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * How a sweep decides what runs where, in one list: the plan is built by these steps, in this order ({@link #steps}),
 * each a small pure class ({@code SweepPlan -> SweepPlan}) that says in a skip why it left out what it left out.
 * <ol>
 *   <li>{@link WorkloadRuns}: the core counts (1, 2, 4, … N) and, at each, every workload's runs
 *       (each workload declares them beside its benchmark, {@code corebench.bench.Workload}, and records the models
 *       it does not run and why: a model's traits against the workload's needs, {@code corebench.bench.Fit});</li>
 *   <li>{@link ParamOverrides}: the user's {@code -P} parameters;</li>
 *   <li>{@link NoOversubscription}: with {@code --no-oversubscription}, no more workers than cores;</li>
 *   <li>{@link OnCluster}: with {@code --cluster}, remote models at the top step only;</li>
 *   <li>{@link Admission}: child JVMs and members that fit in memory and the thread limit ({@link Resources});</li>
 *   <li>{@link BudgetCuts}: the budget's table of cuts, mildest first, while the estimate is over it;</li>
 *   <li>{@link Allowances}: each run's estimate ({@link PlanEstimate}) and its share of the budget.</li>
 * </ol>
 * {@code sweep --dry-run} prints the plan and the steps that changed it; machine.json records it, skips included.
 */
public final class SweepPipeline {
    /** Default settings of each fork, and the rounds ({@link Rounds}): every run in 2, headline runs in 6 and more. */
    public static final SweepPlan.JmhSettings DEFAULT = new SweepPlan.JmhSettings(2, 2, 300, 4, 300, 6);
    /** The short plan's settings: shorter and fewer iterations, headline runs in 3 rounds, the others in 1. */
    public static final SweepPlan.JmhSettings QUICK = new SweepPlan.JmhSettings(1, 1, 250, 3, 250, 3);
    /** The default budgets of the short plan and of the default sweep (what {@code mvn verify} runs). */
    public static final double QUICK_BUDGET_SECONDS = 8 * 60;
    public static final double DEFAULT_BUDGET_SECONDS = 20 * 60;

    private SweepPipeline() {
    }

    /**
     * What the user asked for: workloads in the user's order, {@code -P} overrides, executor threads of a real cluster
     * ({@code --cluster}, empty for none), the budget ({@link Double#POSITIVE_INFINITY} for none) and whether the JMH
     * settings are the plan's own, so that the budget may shorten them and give headline runs more rounds.
     */
    public record Request(String name, SweepPlan.JmhSettings jmh, boolean quick, List<Integer> cores, List<String> workloads,
                          List<String> models, Map<String, String> params, boolean oversubscription, OptionalInt clusterThreads,
                          double budgetSeconds, boolean mayShorten) {
    }

    /** A plan and the names of the steps that changed it, in order. */
    public record Planned(SweepPlan plan, List<String> changedBy) {
    }

    /** One step: what it does in a few words (as {@code sweep --dry-run} prints it), and the pure function that does it. */
    public record PlanStep(String name, UnaryOperator<SweepPlan> apply) {
    }

    /** The steps for {@code request}, in the order they apply. */
    public static List<PlanStep> steps(Request request, CpuRestriction restriction, Resources resources) {
        List<PlanStep> steps = new ArrayList<>();
        steps.add(new PlanStep("each workload's runs at each core count",
                new WorkloadRuns(request.cores(), request.workloads(), request.models(), request.quick(), restriction)));
        steps.add(new PlanStep("parameters set with -P", new ParamOverrides(request.params())));
        if (!request.oversubscription()) {
            steps.add(new PlanStep("no more workers than cores (--no-oversubscription)", new NoOversubscription()));
        }
        request.clusterThreads().ifPresent(threads -> steps.add(new PlanStep(
                "remote models at the top step, with the cluster's executor threads as workers (--cluster)", new OnCluster(threads))));
        steps.add(new PlanStep("admission: child JVMs and members that fit in memory and the thread limit", new Admission(resources)));
        steps.add(new PlanStep("budget cuts", new BudgetCuts(request.budgetSeconds(), request.mayShorten())));
        steps.add(new PlanStep("each run's estimate and its share of the budget", new Allowances(request.budgetSeconds(), resources,
                request.mayShorten())));
        return steps;
    }

    /** The plan for {@code request}; an {@link IllegalArgumentException} with a one-line reason for a bad request. */
    public static Planned plan(Request request, CpuRestriction restriction, Resources resources) {
        SweepPlan plan = SweepPlan.empty(request.name(), request.jmh());
        List<String> changedBy = new ArrayList<>();
        for (PlanStep step : steps(request, restriction, resources)) {
            SweepPlan next = step.apply().apply(plan);
            if (!next.steps().equals(plan.steps()) || !next.skipped().equals(plan.skipped()) || !next.jmh().equals(plan.jmh())) {
                changedBy.add(step.name());
            }
            plan = next;
        }
        return new Planned(plan, List.copyOf(changedBy));
    }

    /** 1, 2, 4, … ≤ max, and max itself. */
    public static List<Integer> coreCounts(int maxCores) {
        Set<Integer> counts = new TreeSet<>();
        for (int c = 1; c <= maxCores; c *= 2) {
            counts.add(c);
        }
        counts.add(maxCores);
        return List.copyOf(counts);
    }

    /** The runs of the first step alone: what each workload runs where, before any other step (tests of plan shape). */
    static SweepPlan runs(String name, SweepPlan.JmhSettings jmh, boolean quick, List<Integer> cores, List<String> workloads,
                          List<String> models, CpuRestriction restriction) {
        return new WorkloadRuns(cores, workloads, models, quick, restriction).apply(SweepPlan.empty(name, jmh));
    }
}
