package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import corebench.sweep.SweepLockProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, issue 11.3 and 11.6: the sweep JVM killed with SIGKILL in the middle of a step (no hook
 * runs) leaves no JVM behind, machine-wide, within seconds; a run that never ends is killed at its deadline
 * and the sweep goes on and says so. Every JVM of the test carries its temp dir on its command line (the
 * marker counted). On main before the fix, 3 JVMs (JMH, its fork, a worker) were still measuring 15 s after
 * the kill, and the endless run held the sweep forever.
 */
class SweepKillLeavesNoProcessTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(240)
    void sigkillOfTheSweepMidStepLeavesNoJvm() throws Exception {
        String marker = "-Djava.io.tmpdir=" + tmp;
        Process sweep = CorebenchProcess.start(tmp.resolve("sweep.log"), tmp, "sweep", "--workloads", "montecarlo",
                "--models", "process-pool", "--cores", "1", "--warmup-iterations", "1", "--warmup-time", "120000",
                "--iterations", "1", "--time", "1000", "--out", tmp.resolve("results").toString());
        try {
            // the sweep, the JMH JVM, its fork and at least one worker JVM: mid-step
            awaitProcesses(marker, 4, sweep);
            Thread.sleep(1000);
            int before = MarkedProcesses.find(marker).size();
            sweep.destroyForcibly(); // SIGKILL
            double seconds = MarkedProcesses.secondsUntilNoneLeft(marker, 20);
            System.out.printf("SIGKILL of the sweep mid-step: %d JVMs, none left after %.2f s%n", before, seconds);
            assertThat(seconds).as("JVMs still alive 20 s after the sweep was killed: " + MarkedProcesses.find(marker))
                    .isBetween(0.0, 5.0);
            // nothing holds JMH's lock, so an immediate --resume is not refused
            SweepLockProbe.assertJmhLockFree(tmp);
        } finally {
            MarkedProcesses.find(marker).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    /**
     * Issue 22.10: the top-level sweep watches its parent like every other corebench JVM. On main, {@code kill -9}
     * of the shell that started a sweep left the sweep, its JMH JVM and the fork measuring on under pid 1.
     */
    @Test
    @Timeout(240)
    void sigkillOfTheLaunchingShellLeavesNoJvm() throws Exception {
        String marker = "-Djava.io.tmpdir=" + tmp;
        // a shell that starts the sweep in the background and waits for it, as a terminal or CI job does
        Process shell = CorebenchProcess.builder(List.of("bash", "-c", "\"$@\" & wait", "bash"), tmp, "sweep",
                        "--workloads", "montecarlo", "--models", "sequential", "--cores", "1", "--warmup-iterations", "1",
                        "--warmup-time", "120000", "--iterations", "1", "--time", "1000", "--out", tmp.resolve("results").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("sweep.log").toFile()).start();
        try {
            // the shell, the sweep, the JMH JVM and its fork: mid-step
            awaitProcesses(marker, 4, shell);
            int before = MarkedProcesses.find(marker).size();
            shell.destroyForcibly(); // SIGKILL of the parent only: the sweep is orphaned
            double seconds = MarkedProcesses.secondsUntilNoneLeft(marker, 20);
            System.out.printf("SIGKILL of the sweep's parent shell: %d processes, none left after %.2f s%n", before, seconds);
            assertThat(seconds).as("JVMs still alive 20 s after the sweep's parent was killed: " + MarkedProcesses.find(marker))
                    .isBetween(0.0, 10.0);
        } finally {
            MarkedProcesses.find(marker).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    @Timeout(240)
    void aRunPastItsDeadlineIsKilledAndTheSweepGoesOn() throws Exception {
        String marker = "-Djava.io.tmpdir=" + tmp;
        Path log = tmp.resolve("sweep.log");
        // at one core, Monte Carlo's one quick run with an operation of 1e11 samples (minutes at ~2 ns per sample), then
        // the clock's run, which ends; 4 s of slack per benchmark
        Process sweep = CorebenchProcess.start(List.of(), List.of("-Dcorebench.runSlackSeconds=4"), log, tmp,
                "sweep", "--quick", "--workloads", "montecarlo,clock", "--models", "sequential", "--cores", "1",
                "--warmup-iterations", "0", "--iterations", "1", "--time", "50", "-P", "samples=100000000000", "--rounds", "1",
                "--headline-rounds", "1", "--out", tmp.resolve("results").toString());
        try {
            long t0 = System.nanoTime();
            assertThat(sweep.waitFor(180, TimeUnit.SECONDS)).as("the sweep is held by an endless run").isTrue();
            double seconds = (System.nanoTime() - t0) / 1e9;
            String out = Files.readString(log);
            System.out.printf("an endless run with 4 s of slack: sweep ended after %.1f s, exit %d%n", seconds, sweep.exitValue());
            assertThat(sweep.exitValue()).as(out).isEqualTo(1);
            assertThat(out).contains("montecarlo-strong-scalar at 1 cores passed its deadline of 4 s",
                    "1 run(s) failed or passed their deadline, the rest of the sweep was measured",
                    "montecarlo-strong-scalar at 1 cores in round 1 (past its deadline)");
            Path run;
            try (var machines = Files.list(tmp.resolve("results")); var runs = Files.list(machines.findFirst().orElseThrow())) {
                run = runs.findFirst().orElseThrow();
            }
            String machine = Files.readString(run.resolve("machine.json"));
            assertThat(machine).contains("\"status\" : \"failed\"", "killed after its deadline: montecarlo-strong-scalar at 1 cores");
            // the sweep went on: the run after the killed one was measured
            assertThat(Files.readString(run.resolve("jmh.json"))).contains("corebench.bench.ClockBench");
            assertThat(MarkedProcesses.secondsUntilNoneLeft(marker, 5)).as("processes of the killed runs").isNotNegative();
        } finally {
            sweep.descendants().forEach(ProcessHandle::destroyForcibly);
            sweep.destroyForcibly();
        }
    }

    /** Waits until {@code count} processes carry {@code marker}; fails with the log if {@code started} ends or 120 s pass. */
    private void awaitProcesses(String marker, int count, Process started) throws Exception {
        long t0 = System.nanoTime();
        while (MarkedProcesses.find(marker).size() < count) {
            assertThat(started.isAlive()).as(Files.readString(tmp.resolve("sweep.log"))).isTrue();
            assertThat(System.nanoTime() - t0).as("the step's JVMs did not start within 120 s").isLessThan(120_000_000_000L);
            Thread.sleep(100);
        }
    }
}
