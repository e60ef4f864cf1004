package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.Granularity;
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

/** The four overhead benchmarks' own code, called directly, and once through JMH itself. */
@ExtendWith(NoLeakedProcessesExtension.class)
class OverheadBenchesTest {

    @Test
    void granularityRunsAndChecksABatch() {
        GranularityBench bench = params(new GranularityBench(), "platform-pool", 2);
        bench.chunkSize = 10;
        bench.tasks = 50;
        bench.taskSamples = 1000;
        bench.prepareTasks();
        try {
            Work.Tasks work = new Work.Tasks();
            assertThat(bench.batch(work)).hasSize(50);
            assertThat(work.tasksPerOp).isEqualTo(50);
        } finally {
            bench.closeModel();
        }
    }

    @Test
    void blockingRunsAndChecksABatch() {
        BlockingBench bench = params(new BlockingBench(), "virtual", 16);
        bench.tasks = 30;
        bench.taskSamples = 100;
        bench.prepareTasks();
        try {
            Work.Tasks work = new Work.Tasks();
            assertThat(bench.batch(work)).hasSize(30);
            assertThat(work.tasksPerOp).isEqualTo(30);
        } finally {
            bench.closeModel();
        }
    }

    @Test
    void contentionRunsAndChecksATotal() {
        ContentionBench bench = params(new ContentionBench(), "forkjoin", 2);
        bench.strategy = "adder";
        bench.adds = 10_000;
        bench.openTotal();
        try {
            Work.Adds work = new Work.Adds();
            assertThat(bench.add(work)).isEqualTo(10_000L * 10_001 / 2);
            assertThat(work.addsPerOp).isEqualTo(10_000);
        } finally {
            bench.closeTotal();
            bench.closeModel();
        }
    }

    @Test
    void startupColdNeedsNoTrialModelWarmUsesIt() {
        StartupBench cold = new StartupBench();
        cold.start = "cold";
        params(cold, "thread-per-task", 4);
        assertThat(cold.concurrency).isNull();
        assertThat(cold.firstTask()).isEqualTo(1);
        assertThat(cold.firstTask()).isEqualTo(2);

        StartupBench warm = new StartupBench();
        warm.start = "warm";
        params(warm, "thread-per-task", 4);
        try {
            assertThat(warm.concurrency).isNotNull();
            assertThat(warm.firstTask()).isEqualTo(1);
        } finally {
            warm.closeModel();
        }
        StartupBench bad = new StartupBench();
        bad.start = "lukewarm";
        assertThatThrownBy(() -> params(bad, "virtual", 1)).hasMessage("start must be cold or warm, was lukewarm");
    }

    @Test
    void combinationsTheWorkloadsRuleOutAreRefusedWithTheReason() {
        ContentionBench heapTotalInAChild = params(new ContentionBench(), "sequential", 1);
        heapTotalInAChild.model = "process-pool";
        heapTotalInAChild.strategy = "atomic";
        assertThatThrownBy(heapTotalInAChild::openTotal).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not run: process-pool: the atomic total is an object in the parent JVM's heap");

        BlockingBench thousandsOfJvms = params(new BlockingBench(), "sequential", 1);
        thousandsOfJvms.model = "process-pool";
        thousandsOfJvms.workers = 4096;
        assertThatThrownBy(thousandsOfJvms::prepareTasks).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not run: process-pool: a JVM per worker would run 4096 child JVMs at once");

        GranularityBench jvmPerTask = params(new GranularityBench(), "sequential", 1);
        jvmPerTask.model = "process-per-task";
        jvmPerTask.tasks = Granularity.TASKS;
        jvmPerTask.chunkSize = 1;
        assertThatThrownBy(jvmPerTask::prepareTasks).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not run: process-per-task: a JVM per submission would start 10000 JVMs per batch");
    }

    @Test
    void jmhRecordsCpuAndWallTimeBesideTheScore() throws Exception {
        // In this JVM (no fork) and past JMH's machine-wide lock, which other runs on this machine may hold.
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder().include(GranularityBench.class.getName() + ".batch")
                .param("model", "platform-pool").param("workers", "2").param("chunkSize", "100")
                .param("tasks", "400").param("taskSamples", "10000")
                .forks(0).warmupIterations(1).measurementIterations(3)
                .warmupTime(TimeValue.milliseconds(100)).measurementTime(TimeValue.milliseconds(100))
                .verbosity(VerboseMode.SILENT).build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).hasSize(1);
        Map<String, Result> secondary = results.iterator().next().getSecondaryResults();
        assertThat(secondary).containsKeys("cpuMs", "childCpuMs", "wallMs");
        assertThat(secondary.get("cpuMs").getScore()).isPositive();
        assertThat(secondary.get("wallMs").getScore()).isPositive();
        assertThat(secondary.get("childCpuMs").getScore()).isZero();
    }

    private static <B extends ModelBench> B params(B bench, String model, int workers) {
        bench.model = model;
        bench.workers = workers;
        bench.cores = 0;
        bench.createModel();
        return bench;
    }
}
