package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose benchmark fails in its set-up costs that run, not the sweep: the failure is one line (the
 * benchmark's parameters and its exception, no stack trace), recorded in machine.json, the runs after it are
 * measured, and the sweep ends with exit 1 and how to resume. Real sweep, real JMH: Monte Carlo with 0 samples
 * fails its check in every run, the clock probe after it does not. On main before the fix the sweep stopped at
 * the first failure with 25 lines of stack trace, and the clock was never measured.
 */
class FailingRunTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(240)
    void aFailingRunIsOneLineAndTheSweepGoesOn() throws Exception {
        Path log = tmp.resolve("sweep.log");
        Process sweep = CorebenchProcess.runToEnd(List.of(), log, tmp, 3, "sweep", "--workloads", "montecarlo,clock",
                "--models", "sequential", "--cores", "1", "-P", "samples=0", "--warmup-iterations", "0", "--iterations", "1",
                "--time", "100", "--rounds", "1", "--headline-rounds", "1", "--out", tmp.resolve("results").toString());
        String out = Files.readString(log);
        assertThat(sweep.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("JMH run montecarlo-strong-scalar at 1 cores failed (exit 1) at (cores = 1, kernel = scalar, "
                        + "model = sequential, samples = 0, scaling = strong",
                "java.lang.IllegalArgumentException: samples must be positive",
                "3 run(s) failed or passed their deadline, the rest of the sweep was measured: montecarlo-strong-scalar at 1 cores "
                        + "in round 1 (failed), montecarlo-strong-simd at 1 cores in round 1 (failed), montecarlo-weak-scalar at 1 "
                        + "cores in round 1 (failed)",
                "resume with: scripts/corebench sweep --resume ");
        assertThat(out).doesNotContain("\tat ", "Caused by");
        Path run;
        try (Stream<Path> machines = Files.list(tmp.resolve("results")); Stream<Path> runs = Files.list(machines.findFirst().orElseThrow())) {
            run = runs.findFirst().orElseThrow();
        }
        assertThat(Files.readString(run.resolve("machine.json"))).contains("\"status\" : \"failed\"",
                "failed: montecarlo-strong-scalar at 1 cores", "failed: montecarlo-weak-scalar at 1 cores");
        // the run after the failures was measured and is in the results
        assertThat(Files.readString(run.resolve("jmh.json"))).contains("corebench.bench.ClockBench.chains")
                .doesNotContain("MonteCarloBench");
    }
}
