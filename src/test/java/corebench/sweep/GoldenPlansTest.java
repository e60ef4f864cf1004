package corebench.sweep;

import corebench.bench.Workload;
import corebench.model.Models;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * The plans of machines of 2 to 256 CPUs, default and quick, compared line by line with the plans recorded in
 * {@code src/test/resources/plans}: a change of what runs where, of a skip's reason, or of an estimate shows
 * here. Run with {@code -Dcorebench.recordPlans=true} to record them again after a deliberate change.
 */
class GoldenPlansTest {
    private static final Path DIR = Path.of("src/test/resources/plans");

    @ParameterizedTest
    @CsvSource({
            "1x2x1, default, false,", "1x8x2, default, false,", "2x8x1, default, false,", "2x16x2, default, false,",
            "2x32x2, default, false,", "2x64x2, default, false,", "1x2x1, quick, false,", "2x16x2, quick, false,",
            "1x2x1, default, true,", "2x32x2, default, true,", "1x2x1, default, false, sequential;virtual;process-per-task;cluster",
            "1x8x2, quick, false, platform-pool;forkjoin;process-pool;cluster"})
    void planIsTheRecordedOne(String topology, String kind, boolean noOversubscription, String picked) throws IOException {
        List<String> models = picked == null ? Models.ids() : List.of(picked.split(";"));
        CpuTopology machine = CpuTopology.parse(topology);
        CpuRestriction restriction = CpuRestriction.assumed(machine, CpuTopology.Order.SPREAD);
        Resources resources = Resources.assumed((long) Math.max(16, 4 * restriction.maxCores()) << 30);
        SweepPlan plan = GoldenPlans.plan(restriction, kind.equals("quick"), noOversubscription, models, resources);
        String text = GoldenPlans.text(plan);
        Path file = DIR.resolve(topology + "-" + kind + (noOversubscription ? "-no-oversubscription" : "")
                + (picked == null ? "" : "-" + picked.replace(';', '-')) + ".txt");
        if (Boolean.getBoolean("corebench.recordPlans")) {
            Files.writeString(file, text);
        }
        assertThat(text).isEqualTo(Files.readString(file));
    }

    /** How the sweep command plans, and the plan as text. */
    static final class GoldenPlans {
        private GoldenPlans() {
        }

        static SweepPlan plan(CpuRestriction restriction, boolean quick, boolean noOversubscription, List<String> models,
                              Resources resources) {
            return SweepPipeline.plan(new SweepPipeline.Request(quick ? "quick" : "default", quick ? SweepPipeline.QUICK
                    : SweepPipeline.DEFAULT, quick, SweepPipeline.coreCounts(restriction.maxCores()), Workload.names(), models,
                    Map.of(), !noOversubscription, OptionalInt.empty(), SweepPipeline.DEFAULT_BUDGET_SECONDS, true),
                    restriction, resources).plan();
        }

        static String text(SweepPlan plan) {
            StringBuilder b = new StringBuilder();
            SweepPlan.JmhSettings s = plan.jmh();
            b.append(String.format(Locale.ROOT, "plan %s: jmh %s, estimate %.0f s, %d benchmarks%n", plan.name(), s,
                    plan.estimatedSeconds(), plan.combinations()));
            SweepPlan.Budget budget = plan.budget();
            b.append(String.format(Locale.ROOT, "budget %.0f s; peaks %d JVMs, %d members, %d MiB; cuts: %s%n",
                    budget.budgetSeconds(), budget.peakChildJvms(), budget.peakMembers(), budget.peakBytes() >> 20,
                    String.join("; ", budget.cuts())));
            for (SweepPlan.Step step : plan.steps()) {
                b.append(String.format(Locale.ROOT, "step %d cores, CPUs %s%n", step.cores(), step.cpus()));
                for (JmhRun run : step.runs()) {
                    b.append(String.format(Locale.ROOT, "  %s %s %s est %.1f s%n", run.name(), run.benchmark(), run.params(),
                            run.estimatedSeconds()));
                }
            }
            for (SweepPlan.Skip skip : plan.skipped()) {
                b.append("skip ").append(skip.workload()).append(" / ").append(skip.model()).append(": ").append(skip.reason())
                        .append('\n');
            }
            return b.toString();
        }
    }

}
