package corebench.sweep;

import corebench.bench.ClockBench;
import corebench.bench.MonteCarloBench;
import corebench.bench.Workload;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


/** Each step of {@link SweepPipeline} on its own, on small hand-made plans, and the traversal they share. */
class PlanStepsTest {
    private static final SweepPlan.JmhSettings SETTINGS = SweepPipeline.DEFAULT;
    private static final JmhRun MC = new JmhRun("mc", "montecarlo", MonteCarloBench.BENCHMARK, Map.of())
            .with("model", List.of("platform-pool", "process-pool")).with("workers", List.of("2", "4"))
            .with("kernel", List.of("scalar")).with("scaling", List.of("strong")).with("samples", List.of("65536"));
    private static final JmhRun CLOCK = new JmhRun("clock", "clock", ClockBench.BENCHMARK, Map.of())
            .with("model", List.of("platform-pool")).with("workers", List.of("2"));

    private static SweepPlan plan(JmhRun... runs) {
        return new SweepPlan("t", SETTINGS, List.of(new SweepPlan.Step(2, "0,1", List.of(runs))), List.of(), null);
    }

    @Test
    void mapRunsDropsEmptiedStepsAndAddsEachSkipOnce() {
        SweepPlan.Skip why = new SweepPlan.Skip("montecarlo", "all", "test");
        SweepPlan mapped = plan(MC).mapRuns((step, run, skips) -> {
            skips.accept(why);
            skips.accept(why);
            return List.of();
        });
        assertThat(mapped.steps()).isEmpty();
        assertThat(mapped.skipped()).containsExactly(why);
    }

    @Test
    void noOversubscriptionKeepsWorkersUpToTheCoresAndSaysWhatItLeftOut() {
        SweepPlan after = new NoOversubscription().apply(plan(MC));
        assertThat(after.steps().get(0).runs()).singleElement().satisfies(r -> assertThat(r.params().get("workers")).containsExactly("2"));
        assertThat(after.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("--no-oversubscription"));
    }

    @Test
    void admissionSplitsARunByModelAndKeepsWhatFits() {
        // room for the fork and two child JVMs: process-pool at 4 workers does not fit, at 2 it does
        long room = (long) ((Resources.FORK_BYTES + 3 * Resources.CHILD_JVM_BYTES) / Resources.SHARE);
        SweepPlan after = new Admission(new Resources(room, 100_000, "test")).apply(plan(MC));
        assertThat(after.steps().get(0).runs()).extracting(JmhRun::name).containsExactly("mc-platform-pool", "mc-process-pool");
        assertThat(after.steps().get(0).runs().get(1).params().get("workers")).containsExactly("2");
        assertThat(after.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("mc at 4 workers, 2 cores not run"));
        assertThat(new Admission(Resources.unlimited()).apply(plan(MC))).isEqualTo(plan(MC));
    }

    @Test
    void budgetCutsApplyInTheirTableOrderOnlyWhileOverBudget() {
        SweepPlan plan = SweepPipeline.runs("default", SETTINGS, false, List.of(1, 2, 4, 8), Workload.names(),
                corebench.model.Models.ids(), SweepPipelineTest.machine(8));
        List<String> table = new BudgetCuts(1, true).table(plan).stream().map(BudgetCuts.Cut::description).toList();
        assertThat(table).hasSize(10);
        assertThat(table.get(0)).startsWith("non-headline workloads only at [1, 4, 8] cores");
        assertThat(table.get(2)).startsWith("process-per-task and cluster on the headline curves");
        assertThat(table.get(7)).isEqualTo("non-headline scenarios in one round");
        assertThat(table.get(8)).isEqualTo("headline scenarios in fewer rounds");
        assertThat(table.get(9)).isEqualTo("smaller strong-scaling sizes");
        assertThat(new BudgetCuts(1, false).table(plan)).extracting(BudgetCuts.Cut::description)
                .doesNotContain("one warm-up iteration", "shorter JMH iterations");
        // no budget: nothing cut
        SweepPlan uncut = new BudgetCuts(Double.POSITIVE_INFINITY, true).apply(plan);
        assertThat(uncut.budget().cuts()).isEmpty();
        assertThat(uncut.combinations()).isEqualTo(plan.combinations());
        // a budget of a second: every cut that changes the plan is named, in table order
        List<String> applied = new BudgetCuts(1, true).apply(plan).budget().cuts();
        assertThat(table).containsSubsequence(applied);
        assertThat(applied).contains(table.get(0), "one warm-up iteration");
    }

    @Test
    void allowancesShareTheBudgetInProportionToTheEstimates() {
        SweepPlan after = new Allowances(1000, Resources.unlimited(), true).apply(plan(MC, CLOCK));
        List<JmhRun> runs = after.steps().get(0).runs();
        assertThat(runs).allSatisfy(r -> assertThat(r.estimatedSeconds()).isPositive());
        double share = 1000 / after.estimatedSeconds();
        assertThat(runs).allSatisfy(r -> assertThat(r.allowanceSeconds()).isCloseTo(r.estimatedSeconds() * share,
                org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(after.budget().peakChildJvms()).isEqualTo(4);
    }

    @Test
    void thePipelineNamesTheStepsThatChangedThePlan() {
        SweepPipeline.Request request = new SweepPipeline.Request("custom", SETTINGS, true, List.of(1, 2), List.of("montecarlo"),
                List.of("sequential", "platform-pool"), Map.of("samples", "65536"), false, OptionalInt.empty(),
                Double.POSITIVE_INFINITY, false);
        SweepPipeline.Planned planned = SweepPipeline.plan(request, SweepPipelineTest.machine(2), Resources.unlimited());
        List<String> names = SweepPipeline.steps(request, SweepPipelineTest.machine(2), Resources.unlimited()).stream()
                .map(SweepPipeline.PlanStep::name).toList();
        assertThat(names).hasSize(6);
        // admission (nothing refused) and the budget (none) changed nothing
        assertThat(planned.changedBy()).containsExactly(names.get(0), names.get(1), names.get(2), names.get(5));
        assertThat(planned.plan().steps()).allSatisfy(s -> assertThat(s.runs()).allSatisfy(r ->
                assertThat(r.params().get("workers")).allSatisfy(w -> assertThat(Integer.parseInt(w)).isLessThanOrEqualTo(s.cores()))));
    }
}
