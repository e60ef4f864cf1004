package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoLeakedProcessesExtension.class)
class CpuTimeTest {

    /** About 100 ms of work: well above the 10 ms resolution of the OS's CPU times on Linux. */
    @Test
    void countsThisJvmsCpuTimeInTheWindow() {
        CpuTime cpu = new CpuTime();
        cpu.startIteration();
        long hits = Kernel.MONTE_CARLO_SCALAR.run(new long[] {1, 0, 40_000_000});
        cpu.stopIteration();
        assertThat(hits).isPositive();
        assertThat(cpu.cpuMs).isPositive();
        assertThat(cpu.wallMs).isPositive();
        assertThat(cpu.childCpuMs).isZero();
    }

    /** A child JVM that started and exited inside the window, as with process-per-task, still counts. */
    @Test
    void countsAChildThatExitedInTheWindow() throws Exception {
        assumeTrue(ProcessTreeCpu.countsExitedChildren(), "exited children are only known with /proc");
        CpuTime cpu = new CpuTime();
        cpu.startIteration();
        Process child = childJvm("-version");
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        cpu.stopIteration();
        assertThat(cpu.childCpuMs).isPositive();
        assertThat(cpu.cpuMs).isGreaterThanOrEqualTo(cpu.childCpuMs);
    }

    /** A child still running at the end of the window, as in a process pool, counts what it used so far. */
    @Test
    void countsALiveChild() throws Exception {
        CpuTime cpu = new CpuTime();
        cpu.startIteration();
        Process child = childJvm("-cp", System.getProperty("java.class.path"), BusyChild.class.getName());
        try {
            // the child says "ready" after its busy loop; its start-up and loop are in the window
            assertThat(child.inputReader().readLine()).isEqualTo("ready");
            cpu.stopIteration();
            assertThat(child.isAlive()).isTrue();
            assertThat(cpu.childCpuMs).isPositive();
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    /** A child JVM of this test's JVM, its stderr discarded. */
    static Process childJvm(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Burns some CPU, says so, and waits for its stdin to close. */
    public static final class BusyChild {
        public static void main(String[] args) throws IOException {
            // MonteCarlo directly: Kernel would need the Vector API module on this JVM's command line
            System.out.println(MonteCarlo.scalarHits(new long[] {1, 0, 20_000_000}) > 0 ? "ready" : "wrong");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close stdin
            }
        }
    }
}
