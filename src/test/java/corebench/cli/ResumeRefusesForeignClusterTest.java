package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.cluster.ClusterDescription;
import corebench.sweep.BuildInfo;
import corebench.sweep.CpuRestriction;
import corebench.sweep.MachineInfo;
import corebench.sweep.RunFolder;
import corebench.sweep.Resources;
import corebench.sweep.RunManifest;
import corebench.sweep.SweepPlan;
import corebench.sweep.SweepPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22.1: a received run folder is untrusted. Its machine.json's cluster addresses reach every benchmark
 * fork's command line; on main before the fix {@code [x -javaagent:/path/agent.jar=]:5701} was split by JMH into
 * an option that loaded the agent in all forks. Now {@code --resume} refuses the folder with one line and starts
 * nothing.
 */
class ResumeRefusesForeignClusterTest {
    @TempDir
    Path tmp;

    @Test
    void anAddressCarryingAnOptionIsRefusedAndNothingStarts() throws Exception {
        CpuRestriction restriction = CpuRestriction.probe();
        SweepPlan plan = SweepPipeline.plan(new SweepPipeline.Request("quick", SweepPipeline.QUICK, true, List.of(1),
                List.of("montecarlo"), List.of("sequential"), Map.of(), true, OptionalInt.empty(), Double.POSITIVE_INFINITY,
                false), restriction, Resources.probe()).plan();
        RunManifest manifest = RunManifest.starting(MachineInfo.current(false), BuildInfo.of(Path.of("").toAbsolutePath()),
                restriction, "corebench sweep", plan, Instant.now().toString())
                .withCluster(new ClusterDescription("corebench",
                        List.of("[x -javaagent:" + tmp.resolve("agent.jar") + "=]:5701"), 1, 2, List.of()));
        RunFolder folder = RunFolder.create(tmp.resolve("results"), manifest.machineId(), Instant.now());
        folder.writeManifest(manifest);

        CommandRun run = CommandRun.ofMain("sweep", "--resume", folder.dir().toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("refused", "is not a host name or IP address");
        assertThat(run.out()).doesNotContain("results:");
        try (var files = Files.list(folder.dir())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("machine.json");
        }
    }
}
