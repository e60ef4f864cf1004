package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sweep decides as it runs, against a fake launcher (no JMH, no process): a failing or hung run costs that
 * run, not the sweep; a resume measures only what is missing or unusable; admission at a run's start leaves out what
 * no longer fits. The real processes (kill, interrupt, a real resume, end to end) are in corebench.cli's tests.
 */
class SweepDecisionsTest {
    private static final SweepPlan.JmhSettings TINY = new SweepPlan.JmhSettings(1, 0, 50, 1, 50, 1);
    private static final CpuRestriction TWO_CPUS = new CpuRestriction(false, "none", "test", List.of(0, 1), "spread", null);

    @TempDir
    Path out;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private static SweepPlan plan(List<Integer> cores, List<String> workloads, List<String> models) {
        return new ParamOverrides(Map.of("samples", "65536")).apply(
                SweepPipeline.runs("custom", TINY, false, cores, workloads, models, TWO_CPUS));
    }

    private RunFolder folder(SweepPlan plan) throws Exception {
        RunFolder folder = RunFolder.create(out, "decisions", Instant.now());
        folder.writeManifest(RunManifest.starting(MachineInfo.current(false), BuildInfo.of(Path.of(".")), TWO_CPUS, "test",
                plan, Instant.now().toString()));
        return folder;
    }

    private int sweep(RunFolder folder, Launcher launcher, Supplier<Resources> resources) throws Exception {
        return new Sweep(folder, folder.readManifest(), launcher, new PrintStream(console, true, StandardCharsets.UTF_8),
                new NoiseProbe(out.resolve("no-proc")), resources).run();
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFailingRunAndAHungRunCostThoseRunsAndTheRestIsMeasured() throws Exception {
        RunFolder folder = folder(plan(List.of(1, 2), List.of("montecarlo", "clock"), List.of("sequential", "platform-pool")));
        FakeLauncher launcher = new FakeLauncher(r -> r.name().equals("montecarlo-strong-scalar") && atOneCore(r),
                r -> r.name().equals("clock") && atOneCore(r));

        assertThatThrownBy(() -> sweep(folder, launcher, Resources::unlimited))
                .hasMessageContaining("run(s) failed or passed their deadline, the rest of the sweep was measured")
                .hasMessageContaining("montecarlo-strong-scalar at 1 cores in round 1 (failed)",
                        "clock at 1 cores in round 1 (past its deadline)");

        // every run was tried: the failures did not stop the sweep
        assertThat(launcher.launched).contains("montecarlo-strong-scalar@1", "clock@1", "montecarlo-strong-scalar@2",
                "montecarlo-oversubscribed-threads@2", "clock@2");
        RunManifest after = folder.readManifest();
        assertThat(after.status()).isEqualTo("failed");
        assertThat(after.notes()).contains("failed: montecarlo-strong-scalar at 1 cores in round 1",
                "killed after its deadline: clock at 1 cores in round 1");
        // one line per failure, no stack trace
        assertThat(console()).contains("at (model = sequential): java.lang.IllegalStateException: fake").doesNotContain("\tat ");
        JsonNode jmh = RunFolder.JSON.readTree(folder.jmhJson().toFile());
        // all but the failed run's two models and the hung clock
        assertThat(jmh.size()).isEqualTo(after.plan().combinations() - 2 - 1);
    }

    private static boolean atOneCore(JmhRun run) {
        return run.params().get("cores").equals(List.of("1"));
    }

    @Test
    void aResumeMeasuresOnlyWhatIsMissingOrUnusableAndSetsTheUnusableAside() throws Exception {
        SweepPlan plan = plan(List.of(1), List.of("montecarlo", "clock"), List.of("sequential"));
        RunFolder folder = folder(plan);
        sweep(folder, FakeLauncher.succeeding(), Resources::unlimited);
        SweepPlan.Step step = plan.steps().get(0);
        List<JmhRun> runs = step.runs();
        assertThat(runs).hasSize(4);
        Path empty = folder.roundResult(step, runs.get(0), 1);
        Path truncated = folder.roundResult(step, runs.get(1), 1);
        Files.writeString(empty, "");
        String whole = Files.readString(truncated);
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));
        Files.delete(folder.roundResult(step, runs.get(runs.size() - 1), 1));
        folder.writeManifest(folder.readManifest().finished("interrupted", Instant.now().toString()));

        FakeLauncher resumed = FakeLauncher.succeeding();
        int results = sweep(RunFolder.existing(folder.dir()), resumed, Resources::unlimited);

        assertThat(resumed.launched).containsExactly(runs.get(0).name() + "@1", runs.get(1).name() + "@1", runs.get(3).name() + "@1");
        assertThat(console()).contains(runs.get(0).name() + " at 1 cores, round 1: its saved result is unusable (empty file)",
                runs.get(1).name() + " at 1 cores, round 1: its saved result is unusable (not JSON");
        assertThat(empty.resolveSibling(empty.getFileName() + ".invalid")).isEmptyFile();
        assertThat(truncated.resolveSibling(truncated.getFileName() + ".invalid")).hasContent(whole.substring(0, whole.length() / 2));
        assertThat(folder.readManifest().status()).isEqualTo("complete");
        assertThat(results).isEqualTo(plan.combinations());
    }

    @Test
    void aRunWhoseChildJvmsNoLongerFitAtItsStartIsLeftOutWithItsReason() throws Exception {
        RunFolder folder = folder(plan(List.of(2), List.of("montecarlo"), List.of("process-pool")));
        long twoChildrenRoom = (long) ((Resources.FORK_BYTES + 3 * Resources.CHILD_JVM_BYTES) / Resources.SHARE);
        List<Resources> probed = new ArrayList<>();
        FakeLauncher launcher = FakeLauncher.succeeding();

        int results = sweep(folder, launcher, () -> {
            Resources scarce = new Resources(twoChildrenRoom, 100_000, "test: room for two child JVMs");
            probed.add(scarce);
            return scarce;
        });

        assertThat(probed).hasSizeGreaterThanOrEqualTo(2); // asked before each run, not once
        RunManifest after = folder.readManifest();
        assertThat(after.status()).isEqualTo("complete");
        assertThat(after.plan().skipped()).anySatisfy(skip -> {
            assertThat(skip.model()).isEqualTo("process-pool");
            assertThat(skip.reason()).contains("montecarlo-oversubscribed-processes at 4 workers", "4 child JVMs",
                    "at the time it was to start");
        });
        assertThat(launcher.launched).contains("montecarlo-strong-scalar@2").noneMatch(r -> r.startsWith("montecarlo-oversubscribed"));
        assertThat(console()).contains("not run: montecarlo / process-pool");
        JsonNode jmh = RunFolder.JSON.readTree(folder.jmhJson().toFile());
        assertThat(results).isEqualTo(jmh.size()).isPositive();
        jmh.forEach(r -> assertThat(r.at("/params/workers").asText()).isEqualTo("2"));
    }

    @Test
    void roundsInterleaveTheCoreCountsAndAForkTheMachineDidNotServeIsMeasuredAgainNotAveragedIn() throws Exception {
        SweepPlan.JmhSettings threeRounds = new SweepPlan.JmhSettings(3, 0, 50, 1, 50, 3);
        SweepPlan plan = SweepPipeline.runs("custom", threeRounds, false, List.of(1, 2), List.of("clock"), List.of("sequential"),
                TWO_CPUS);
        RunFolder folder = folder(plan);
        FakeLauncher launcher = FakeLauncher.succeeding();
        launcher.capacity = launch -> launch.equals("clock@2#2") ? 1.1 : Double.NaN; // a neighbour in round 2 at 2 cores

        sweep(folder, launcher, Resources::unlimited);

        // one benchmark at a time across the core counts, upwards in odd rounds and downwards in even ones;
        // round 4 measures again only what round 2 set aside
        assertThat(launcher.launched).containsExactly("clock@1", "clock@2", "clock@2", "clock@1", "clock@1", "clock@2", "clock@2");
        assertThat(console()).contains("[round 4, beyond the 3 planned] forks set aside, measured again: 1 run",
                "set aside, measured again in a later round: clock", "the capacity probe got 1.10 of 2 CPUs");
        JsonNode atTwo = RunFolder.JSON.readTree(folder.jmhJson().toFile()).get(1);
        assertThat(atTwo.path("rounds").toString()).isEqualTo("[1,3,4]");
        assertThat(atTwo.path("setAside").get(0).path("round").asInt()).isEqualTo(2);
        assertThat(folder.readManifest().rounds()).satisfies(r -> {
            assertThat(r.completed()).isEqualTo(4);
            assertThat(r.planned()).isEqualTo(3);
        });
        assertThat(folder.roundResult(plan.steps().get(1), plan.steps().get(1).runs().get(0), 4)).exists();
    }

    @Test
    void aRunSetAsideEveryTimeIsMeasuredAgainAtMostTwiceNotUntilTheLastRound() throws Exception {
        SweepPlan.JmhSettings oneRound = new SweepPlan.JmhSettings(1, 0, 50, 1, 50, 1);
        SweepPlan plan = SweepPipeline.runs("custom", oneRound, false, List.of(2), List.of("clock"), List.of("sequential"), TWO_CPUS);
        RunFolder folder = folder(plan);
        FakeLauncher launcher = FakeLauncher.succeeding();
        launcher.capacity = launch -> 1.2; // the model's own member JVMs, say: short every time

        sweep(folder, launcher, Resources::unlimited);

        assertThat(launcher.launched).containsExactly("clock@2", "clock@2", "clock@2");
        JsonNode result = RunFolder.JSON.readTree(folder.jmhJson().toFile()).get(0);
        assertThat(result.path("setAside")).hasSize(3);
        assertThat(result.path("claimReason").asText()).isEqualTo("no fork got the step's CPUs (3 set aside)");
    }
}
