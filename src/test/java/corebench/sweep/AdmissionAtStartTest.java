package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admission when a run is about to start, not only when the plan is made: memory that has become scarce
 * since leaves out the combinations that no longer fit, records them as skips, and the rest is measured.
 * A real sweep of real JMH runs and child JVMs, at a tiny size.
 */
class AdmissionAtStartTest {

    /** Room for a JMH fork and two child JVMs, not four ({@link Resources}: 768 MB + 150 MB each, 80% of this). */
    private static final long TWO_CHILDREN_ROOM = (long) ((Resources.FORK_BYTES + 3 * Resources.CHILD_JVM_BYTES) / Resources.SHARE);

    @Test
    void aRunWhoseChildJvmsNoLongerFitIsLeftOutWithItsReasonAndTheRestIsMeasured(@TempDir Path out) throws Exception {
        CpuRestriction restriction = CpuRestriction.probe();
        assumeTrue(restriction.maxCores() >= 2, "needs 2 CPUs: oversubscription runs at the top step of 2+ cores");
        SweepPlan.JmhSettings settings = new SweepPlan.JmhSettings(1, 0, 100, 2, 100, 1);
        SweepPlan planned = new ParamOverrides(Map.of("samples", "65536")).apply(SweepPipeline.runs("custom", settings, true,
                List.of(2), List.of("montecarlo"), List.of("process-pool"), restriction));
        List<String> runs = planned.steps().get(0).runs().stream().map(JmhRun::name).toList();
        assertThat(runs).contains("montecarlo-strong-scalar", "montecarlo-oversubscribed-processes");

        RunManifest manifest = RunManifest.starting(MachineInfo.current(false), BuildInfo.of(Path.of(".")), restriction,
                "test", planned, Instant.now().toString()).withPrecision(PrecisionPlan.none(settings));
        RunFolder folder = RunFolder.create(out, "admission-test", Instant.now());
        JmhLauncher launcher = new JmhLauncher(JmhLauncher.currentJava(), System.getProperty("java.class.path"),
                restriction, settings);
        List<Resources> probed = new ArrayList<>();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int results = new Sweep(folder, manifest, launcher, new PrintStream(console, true, StandardCharsets.UTF_8),
                NoiseProbe.system(), () -> {
                    Resources scarce = new Resources(TWO_CHILDREN_ROOM, 100_000, "test: room for two child JVMs");
                    probed.add(scarce);
                    return scarce;
                }).run();

        assertThat(probed).hasSizeGreaterThanOrEqualTo(2); // asked before each run, not once
        RunManifest after = folder.readManifest();
        assertThat(after.status()).isEqualTo("complete");
        assertThat(after.plan().skipped()).anySatisfy(skip -> {
            assertThat(skip.model()).isEqualTo("process-pool");
            assertThat(skip.reason()).contains("montecarlo-oversubscribed-processes at 4 workers", "4 child JVMs",
                    "at the time it was to start");
        });
        assertThat(after.plan().steps().get(0).runs()).extracting(JmhRun::name)
                .contains("montecarlo-strong-scalar").doesNotContain("montecarlo-oversubscribed-processes");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("not run: montecarlo / process-pool");

        JsonNode jmh = RunFolder.JSON.readTree(folder.jmhJson().toFile());
        assertThat(results).isEqualTo(jmh.size());
        for (JsonNode result : jmh) {
            assertThat(result.at("/params/workers").asText()).isEqualTo("2");
        }
        assertThat(results).isGreaterThanOrEqualTo(1);
    }
}
