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
 * The delivered-capacity probe: its arithmetic, a real neighbour and the fork's own work. A CPU shared with busy
 * processes pinned to it delivers clearly less than one CPU to the probe; one shared with the probe's own busy threads
 * delivers it all.
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
        // the fork's own work is credited up to the CPUs (and one per CPU), and never lowers what was seen
        CapacityProbe.Capacity credited = c.crediting(0.4);
        assertThat(credited.delivered()).isCloseTo(2.8, within(1e-12));
        assertThat(credited.slowest()).isCloseTo(0.9, within(1e-12));
        assertThat(credited.own()).isEqualTo(0.4);
        assertThat(c.crediting(5)).extracting(CapacityProbe.Capacity::delivered, CapacityProbe.Capacity::slowest)
                .containsExactly(3.0, 1.0);
        assertThat(CapacityProbe.Capacity.of(100, 130).crediting(1).delivered()).isEqualTo(1.3);
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
        Path taskset = tasksetOrSkip();
        String cpu = String.valueOf(firstAllowedCpu());
        List<Process> neighbours = new ArrayList<>();
        try {
            double[] measured = measureOnce(probeChild(taskset, cpu, 0), () -> {
                long self = ProcessHandle.current().pid();
                for (int i = 0; i < NEIGHBOURS; i++) {
                    // a busy loop that ends with this JVM, should the test be killed before its clean-up
                    neighbours.add(new ProcessBuilder(taskset.toString(), "-c", cpu, "sh", "-c",
                            "while kill -0 " + self + " 2>/dev/null; do :; done").start());
                }
                Thread.sleep(100);
            });
            assertThat(measured[0]).as("capacity of one CPU shared with %d busy processes", NEIGHBOURS).isLessThan(0.8);
        } finally {
            for (Process p : neighbours) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** The probe's own JVM busy beside it on its one CPU (as a JIT, or a model's workers would be): credited, not withheld. */
    @Test
    void theForksOwnBusyThreadsAreCreditedAsDelivered() throws Exception {
        double[] measured = measureOnce(probeChild(tasksetOrSkip(), String.valueOf(firstAllowedCpu()), 2), () -> { });
        // two busy threads of its own take about two thirds of the CPU from the probe's thread
        assertThat(measured[1]).as("CPUs its own busy threads took").isGreaterThan(0.3);
        assertThat(measured[0]).as("capacity with its own busy threads credited").isGreaterThanOrEqualTo(0.8);
    }

    private interface WhenCalibrated {
        void run() throws Exception;
    }

    /**
     * One measurement of a {@link #probeChild}, after {@code whenCalibrated} ran: the capacity it delivered and the CPUs
     * its own work took. The child is killed at the end.
     */
    private static double[] measureOnce(Process child, WhenCalibrated whenCalibrated) throws Exception {
        try (PrintWriter toChild = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader fromChild = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(fromChild.readLine()).isEqualTo("calibrated");
            whenCalibrated.run();
            toChild.println("go");
            String[] measured = fromChild.readLine().split(" ");
            return new double[] {Double.parseDouble(measured[0]), Double.parseDouble(measured[1])};
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private static Path tasksetOrSkip() {
        Path taskset = Path.of("/usr/bin/taskset");
        assumeTrue(Files.isExecutable(taskset) && Files.isDirectory(Path.of("/proc/thread-self")),
                "needs Linux taskset to pin the probe and its neighbours to one CPU");
        return taskset;
    }

    /** {@link CapacityProbeChild} on one CPU, with {@code busyThreads} busy threads of its own once calibrated. */
    private static Process probeChild(Path taskset, String cpu, int busyThreads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(taskset.toString(), "-c", cpu, java, "-cp", System.getProperty("java.class.path"),
                CapacityProbeChild.class.getName(), String.valueOf(busyThreads)).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
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
