package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.sweep.MachineInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThisMachineRunsTest {

    @TempDir
    Path results;

    @Test
    void takesTheNewestRunWhenThereIsOneMachine() throws Exception {
        run("some-machine", "20261120T100000Z", "Other CPU", 64);
        Path newest = run("some-machine", "20261121T100000Z", "Other CPU", 64);
        Files.createDirectories(results.resolve("some-machine/20261122T100000Z")); // no jmh.json: not a run
        assertThat(ThisMachineRuns.newest(results)).isEqualTo(newest);
    }

    @Test
    void picksThisMachinesRunAmongSeveralMachines() throws Exception {
        Path mine = run(MachineInfo.currentMachineId(), "20261101T000000Z", "This CPU", 2);
        run("other-machine", "20261121T000000Z", "Other CPU", 3);
        assertThat(ThisMachineRuns.newest(results)).isEqualTo(mine);
    }

    @Test
    void saysSoWhenNoRunIsThisMachines() throws Exception {
        run("a", "20261101T000000Z", "Other CPU", 999);
        run("b", "20261101T000000Z", "Another CPU", 998);
        assertThatThrownBy(() -> ThisMachineRuns.newest(results))
                .hasMessageStartingWith(results + ": no run of this machine (")
                .hasMessageEndingWith("among 2 machine folders; give a RESULT_DIR");
    }

    @Test
    void saysSoWhenThereAreNoResults() {
        assertThatThrownBy(() -> ThisMachineRuns.newest(results.resolve("results")))
                .hasMessage(results.resolve("results") + ": no such folder (run a sweep first, or give a RESULT_DIR)");
    }

    private Path run(String machine, String timestamp, String cpuModel, int logical) throws IOException {
        Path run = ResultFixtures.copyTo("restricted", results.resolve(machine).resolve(timestamp));
        ObjectNode json = (ObjectNode) ResultFixtures.JSON.readTree(run.resolve("machine.json").toFile());
        ((ObjectNode) json.path("cpu")).put("model", cpuModel).put("logicalCores", logical);
        ResultFixtures.JSON.writeValue(run.resolve("machine.json").toFile(), json);
        return run;
    }
}
