package corebench.sweep;

import corebench.bench.MonteCarloBench;
import corebench.bench.ScaledSizes;
import corebench.bench.Workload;
import corebench.model.Models;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The default plan on simulated machines of 2 to 256 CPUs: within budget, processes bounded, sizes scaled, cuts recorded. */
class BudgetCutsTest {

    /** The default plan of {@code mvn verify} for a machine of this topology, fitted as the sweep fits it. */
    static SweepPlan defaultPlan(CpuTopology machine, Resources resources, double budgetSeconds) {
        CpuRestriction restriction = CpuRestriction.assumed(machine, CpuTopology.Order.SPREAD);
        SweepPlan plan = SweepPipeline.runs("default", SweepPipeline.DEFAULT, false,
                SweepPipeline.coreCounts(restriction.maxCores()), Workload.names(), Models.ids(), restriction);
        // admission, budget cuts and allowances, as the sweep applies them to a plan of runs
        SweepPlan admitted = new Admission(resources).apply(plan);
        return new Allowances(budgetSeconds, resources, true).apply(new BudgetCuts(budgetSeconds, true).apply(admitted));
    }

    static SweepPlan defaultPlan(int cpus) {
        CpuTopology machine = cpus >= 16 ? CpuTopology.synthetic(2, cpus / 4, 2) : CpuTopology.synthetic(1, cpus, 1);
        return defaultPlan(machine, Resources.assumed((long) Math.max(16, 4 * cpus) << 30), SweepPipeline.DEFAULT_BUDGET_SECONDS);
    }

    private static List<JmhRun> runs(SweepPlan plan) {
        return plan.steps().stream().flatMap(s -> s.runs().stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 16, 64, 128, 256})
    void theDefaultPlanFitsTwentyMinutesWithBoundedProcesses(int cpus) {
        SweepPlan plan = defaultPlan(cpus);
        assertThat(plan.estimatedSeconds()).as("estimate at %d CPUs", cpus).isLessThanOrEqualTo(SweepPipeline.DEFAULT_BUDGET_SECONDS);
        assertThat(plan.budget().estimatedSeconds()).isEqualTo(plan.estimatedSeconds());
        assertThat(plan.budget().peakMembers()).isBetween(1, 4);
        // at most one child JVM per CPU on the curves, 4 per CPU (capped) when oversubscribed, 16 for blocking
        assertThat(plan.budget().peakChildJvms()).isLessThanOrEqualTo(Math.max(MonteCarloBench.MAX_CHILD_JVMS, cpus));
        // every run knows its estimate and its share of the budget, and the shares add up to the budget at most
        assertThat(runs(plan)).allSatisfy(r -> assertThat(r.allowanceSeconds()).isGreaterThanOrEqualTo(r.estimatedSeconds()).isPositive());
        assertThat(runs(plan).stream().mapToDouble(JmhRun::allowanceSeconds).sum())
                .isLessThanOrEqualTo(Math.max(SweepPipeline.DEFAULT_BUDGET_SECONDS, plan.estimatedSeconds()) + 1e-6);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 16, 64, 128, 256})
    void headlineScenariosRunAtEveryCoreCount(int cpus) {
        SweepPlan plan = defaultPlan(cpus);
        for (SweepPlan.Step step : plan.steps()) {
            Set<String> names = step.runs().stream().map(JmhRun::name).collect(Collectors.toSet());
            assertThat(names).as("%d cores of %d", step.cores(), cpus)
                    .contains("montecarlo-strong-scalar", "montecarlo-weak-scalar", "grid-jacobi-4096", "grid-bandwidth", "clock");
            JmhRun strong = step.runs().stream().filter(r -> r.name().equals("montecarlo-strong-scalar")).findFirst().orElseThrow();
            assertThat(strong.params().get("model")).contains("platform-pool", "forkjoin", "process-pool");
        }
        assertThat(plan.steps()).extracting(SweepPlan.Step::cores).containsExactlyElementsOf(SweepPipeline.coreCounts(cpus));
    }

    @ParameterizedTest
    @CsvSource({"2, 16777216", "16, 134217728", "64, 536870912", "128, 1073741824"})
    void strongScalingSamplesGiveEveryTopStepWorkerTwentyMilliseconds(int cpus, long samples) {
        SweepPlan plan = defaultPlan(cpus);
        List<JmhRun> strong = runs(plan).stream().filter(r -> r.benchmark().equals(MonteCarloBench.BENCHMARK)
                && r.params().get("scaling").contains("strong")).toList();
        assertThat(strong).isNotEmpty().allSatisfy(r -> assertThat(r.params().get("samples")).containsExactly(String.valueOf(samples)));
        assertThat(samples * MonteCarloBench.SCALAR_SECONDS_PER_SAMPLE / cpus).isGreaterThanOrEqualTo(0.02);
        // weak scaling keeps its samples per worker
        assertThat(runs(plan)).filteredOn(r -> r.name().equals("montecarlo-weak-scalar"))
                .allSatisfy(r -> assertThat(r.params().get("samples")).containsExactly(String.valueOf(1L << 24)));
    }

    @Test
    void onTwoHundredFiftySixCpusTheBudgetWinsOverTwentyMillisecondsAndTheSkipSaysWhatEachWorkerGets() {
        SweepPlan plan = defaultPlan(256);
        long samples = Long.parseLong(runs(plan).stream().filter(r -> r.name().equals("montecarlo-strong-scalar"))
                .findFirst().orElseThrow().params().get("samples").get(0));
        assertThat(samples).isLessThan(ScaledSizes.monteCarloSamples("scalar", 256)).isGreaterThan(ScaledSizes.BASE_SAMPLES);
        assertThat(plan.budget().cuts()).contains("smaller strong-scaling sizes");
        assertThat(plan.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("halved").contains(samples + " Monte Carlo samples")
                .contains("256 top-step workers gets ~10.1 ms"));
    }

    @Test
    void onTwoCpusTheRoundsAreCutBeforeAnyScenarioAndOnManyEveryCutIsASkipWithItsReason() {
        // on 2 CPUs no scenario and no core count goes: the iterations and the rounds are what the budget cuts
        SweepPlan small = defaultPlan(2);
        assertThat(small.budget().cuts()).containsExactly("one warm-up iteration", "shorter JMH iterations",
                "non-headline scenarios in one round", "headline scenarios in fewer rounds");
        assertThat(Rounds.planned(small)).isGreaterThanOrEqualTo(Rounds.FOR_AN_INTERVAL);
        assertThat(small.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("headline scenarios planned in 3 rounds instead of 6"));
        SweepPlan big = defaultPlan(128);
        assertThat(big.budget().cuts()).isNotEmpty();
        assertThat(big.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("only at [1, 64, 128] cores")
                .contains("time budget"));
        // contention is not a headline scenario: only at the few counts
        assertThat(big.steps()).filteredOn(s -> s.cores() == 8).singleElement()
                .satisfies(s -> assertThat(s.runs()).noneMatch(r -> r.workload().equals("contention")));
    }

    @Test
    void aSmallerBudgetCutsMoreAndAnImpossibleOneIsLeftOverBudget() {
        SweepPlan roomy = defaultPlan(CpuTopology.synthetic(1, 16, 1), Resources.unlimited(), 3 * 60 * 60);
        SweepPlan tight = defaultPlan(CpuTopology.synthetic(1, 16, 1), Resources.unlimited(), 15 * 60);
        assertThat(roomy.budget().cuts()).isEmpty();
        assertThat(tight.combinations()).isLessThan(roomy.combinations());
        assertThat(tight.estimatedSeconds()).isLessThanOrEqualTo(15 * 60);
        assertThat(tight.jmh().iterationMillis()).isLessThan(SweepPipeline.DEFAULT.iterationMillis());
        // a budget no cut can meet: everything is cut, and the estimate (which the sweep prints) stays above it
        SweepPlan impossible = defaultPlan(CpuTopology.synthetic(1, 16, 1), Resources.unlimited(), 60);
        assertThat(impossible.budget().cuts()).hasSize(10);
        assertThat(impossible.estimatedSeconds()).isGreaterThan(impossible.budget().budgetSeconds());
    }

    @Test
    void childJvmsThatWouldNotFitInMemoryAreSkippedWithTheReasonNeverAttempted() {
        SweepPlan plan = defaultPlan(CpuTopology.synthetic(2, 16, 2), new Resources(4L << 30, 100_000, "test: 4 GiB"),
                SweepPipeline.DEFAULT_BUDGET_SECONDS);
        // 64 process-pool workers need ~9.4 GiB: not on this machine
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                for (Map<String, String> combo : PlanEstimate.combinations(run)) {
                    if (combo.get("model").startsWith("process-")) {
                        assertThat(Integer.parseInt(combo.get("workers"))).as(run.name()).isLessThanOrEqualTo(16);
                    }
                }
            }
        }
        assertThat(plan.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("64 workers, 64 cores not run")
                .contains("child JVMs need").contains("GiB available"));
        assertThat(plan.budget().peakBytes()).isLessThanOrEqualTo((long) (0.8 * (4L << 30)));
    }

    @Test
    void theProcessLimitCountsThreadsOfEveryChildJvm() {
        SweepPlan plan = defaultPlan(CpuTopology.synthetic(1, 64, 1), new Resources(1L << 40, 2_000, "test: 2000 threads"),
                SweepPipeline.DEFAULT_BUDGET_SECONDS);
        assertThat(plan.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("threads, more than 80% of the 2000"));
        assertThat(plan.budget().peakChildJvms() * corebench.worker.HostLimits.threadsPerJvm(64)).isLessThanOrEqualTo(1_600);
    }

    @Test
    void theEstimateCountsForksJvmStartsAndOperationsLongerThanAnIteration() {
        JmhRun pool = new JmhRun("r", "montecarlo", MonteCarloBench.BENCHMARK, Map.of());
        SweepPlan.JmhSettings one = new SweepPlan.JmhSettings(1, 3, 400, 5, 400, 1);
        SweepPlan.JmhSettings three = new SweepPlan.JmhSettings(3, 3, 400, 5, 400, 3);
        Map<String, String> small = Map.of("model", "platform-pool", "workers", "4", "samples", "16777216", "scaling", "strong", "kernel", "scalar");
        // one fork: its start, its capacity probe, 3 + 5 iterations of 400 ms
        double base = PlanEstimate.cost(one, 4, pool, small).seconds();
        assertThat(base).isBetween(3.2, 5.0);
        // a cost is one fork's; a run costs one per round it takes part in, its runner JVM each round
        assertThat(PlanEstimate.cost(three, 4, pool, small).seconds()).isCloseTo(base, Offset.offset(1e-9));
        JmhRun headline = new JmhRun("r", "montecarlo", MonteCarloBench.BENCHMARK, Map.of("model", List.of("platform-pool"),
                "workers", List.of("4"), "samples", List.of("16777216"), "scaling", List.of("strong"), "kernel", List.of("scalar")));
        assertThat(PlanEstimate.runSeconds(three, 4, headline))
                .isCloseTo(3 * PlanEstimate.runSeconds(one, 4, headline), Offset.offset(1e-9));
        // 64 child JVMs on 4 CPUs start in waves; a JVM per task pays them in every operation
        Map<String, String> processes = Map.of("model", "process-pool", "workers", "64", "samples", "16777216", "scaling", "strong", "kernel", "scalar");
        Map<String, String> perTask = Map.of("model", "process-per-task", "workers", "64", "samples", "16777216", "scaling", "strong", "kernel", "scalar");
        assertThat(PlanEstimate.cost(one, 4, pool, processes).seconds()).isGreaterThan(base + 5);
        assertThat(PlanEstimate.cost(one, 4, pool, perTask).seconds()).isGreaterThan(8 * 6.4);
        // 2^31 samples on one core: 5 s per operation, so 8 operations, not 8 × 400 ms
        Map<String, String> huge = Map.of("model", "platform-pool", "workers", "1", "samples", "2147483648", "scaling", "strong", "kernel", "scalar");
        assertThat(PlanEstimate.cost(one, 1, pool, huge).seconds()).isGreaterThan(8 * 5.1);
    }
}
