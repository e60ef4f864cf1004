package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The delivered-capacity probe: its arithmetic, and a real neighbour. A CPU shared with busy processes
 * pinned to it delivers clearly less than one CPU to the probe.
 */
@Timeout(120)
class CapacityProbeTest {
    /** Busy processes pinned beside the probe: with outside load L per CPU the probe reads about (1+L)/(4+L). */
    private static final int NEIGHBOURS = 3;

    @Test
    void capacityIsTheSumOfTheRatesOverTheReferenceAndTheSlowestShare() {
        CapacityProbe.Capacity c = CapacityProbe.Capacity.of(100, 100, 50, 90);
        assertThat(c.cpus()).isEqualTo(3);
        assertThat(c.delivered()).isCloseTo(2.4, within(1e-12));
        assertThat(c.slowest()).isCloseTo(0.5, within(1e-12));
        assertThatThrownBy(() -> CapacityProbe.Capacity.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapacityProbe.Capacity.of(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProbeMeasuresOnlyOnceCalibrated() {
        assertThatThrownBy(() -> new CapacityProbe(1, 1_000_000).measure()).isInstanceOf(IllegalStateException.class)
                .hasMessage("calibrate the capacity probe before measuring");
        assertThatThrownBy(() -> new CapacityProbe(0, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCpuSharedWithBusyNeighboursDeliversClearlyLessThanOne() throws Exception {
        Path taskset = Path.of("/usr/bin/taskset");
        assumeTrue(Files.isExecutable(taskset), "needs Linux taskset to pin the probe and its neighbours to one CPU");
        String cpu = String.valueOf(firstAllowedCpu());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(taskset.toString(), "-c", cpu, java, "-cp", System.getProperty("java.class.path"),
                CapacityProbeChild.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Process> neighbours = new ArrayList<>();
        try (PrintWriter toChild = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader fromChild = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(fromChild.readLine()).isEqualTo("calibrated");
            long self = ProcessHandle.current().pid();
            for (int i = 0; i < NEIGHBOURS; i++) {
                // a busy loop that ends with this JVM, should the test be killed before its clean-up
                neighbours.add(new ProcessBuilder(taskset.toString(), "-c", cpu, "sh", "-c",
                        "while kill -0 " + self + " 2>/dev/null; do :; done").start());
            }
            Thread.sleep(100);
            toChild.println("go");
            double delivered = Double.parseDouble(fromChild.readLine());
            assertThat(delivered).as("capacity of one CPU shared with %d busy processes", NEIGHBOURS).isLessThan(0.8);
        } finally {
            for (Process p : neighbours) {
                p.destroyForcibly().waitFor();
            }
            child.destroyForcibly().waitFor();
        }
    }

    /** The first CPU this JVM may run on ({@code Cpus_allowed_list} of /proc/self/status). */
    private static int firstAllowedCpu() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).strip().split("[-,]")[0]);
            }
        }
        return 0;
    }
}
