package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import corebench.worker.NoLeakedProcessesExtension;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The breakdown in a real JMH run of a model with child JVMs: safepoints read, the children's GC/JIT counted. */
@ExtendWith(NoLeakedProcessesExtension.class)
class ResourceUseJmhTest {

    /**
     * Monte Carlo on a process pool of 2 child JVMs, no warm-up: the children compile the kernel inside the
     * measured iterations, so their compiler threads' CPU is in the run.
     */
    @Test
    void aProcessPoolRunRecordsSafepointsAndItsChildJvmsGcAndJitCpu() throws Exception {
        assumeTrue(ProcCounters.read().present(), "needs Linux /proc");
        assumeTrue(TreePauses.read().present(), "needs HotSpot's perf data (/tmp/hsperfdata_<user>)");
        System.setProperty("jmh.ignoreLock", "true"); // in this JVM, past JMH's machine-wide lock other runs may hold
        Options options = new OptionsBuilder().include(MonteCarloBench.class.getName() + ".pi")
                .param("model", "process-pool").param("workers", "2").param("kernel", "scalar")
                .param("samples", "4194304")
                .forks(0).warmupIterations(0).measurementIterations(2)
                .measurementTime(TimeValue.milliseconds(300))
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).hasSize(1);
        Map<String, Result> secondary = results.iterator().next().getSecondaryResults();
        assertThat(secondary).containsKeys("safepointMs", "safepoints", "childGcCpuMs", "childJitCpuMs", "childGcPauseMs",
                "childGcCount", "childJitMs");
        assertThat(secondary.get("childJitMs").getScore()).as("the child JVMs' compile time").isPositive();
        assertThat(secondary.get("safepointMs").getScore()).isGreaterThanOrEqualTo(0);
        assertThat(secondary.get("safepoints").getScore()).isGreaterThanOrEqualTo(0);
        double childGc = secondary.get("childGcCpuMs").getScore();
        double childJit = secondary.get("childJitCpuMs").getScore();
        assertThat(childGc).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(secondary.get("gcCpuMs").getScore());
        assertThat(childJit).isLessThanOrEqualTo(secondary.get("jitCpuMs").getScore());
        assertThat(childGc + childJit).as("the child JVMs' GC and JIT CPU").isPositive();
        assertThat(secondary.get("childCpuMs").getScore()).isGreaterThan(childGc + childJit);
    }
}
