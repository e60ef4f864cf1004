package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import corebench.format.CpuList;
import corebench.worker.JvmThreads.Kind;
import corebench.worker.Frame;
import corebench.worker.NoLeakedProcessesExtension;
import corebench.worker.WorkerConnection;
import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoLeakedProcessesExtension.class)
class ResourceUseTest {

    @Test
    void sumsOnlyTheAllowedCpusOfProcStat() {
        List<String> stat = List.of(
                "cpu  30 0 6 300 3 0 0 9 0 0",
                "cpu0 10 0 2 100 1 0 0 3 0 0",
                "cpu1 20 0 4 200 2 0 0 6 0 0",
                "intr 1 2 3");
        Set<Integer> allowed = CpuList.allowed(List.of("Name: java", "Cpus_allowed_list:\t1"));
        StepCpus one = StepCpus.of(stat, allowed);
        assertThat(one).isEqualTo(new StepCpus(1, 24, 202, 6));
    }

    @Test
    void tellsTheJvmsOwnThreadsApartByName() {
        assertThat(Kind.of("GC Thread#0")).isEqualTo(Kind.GC);
        assertThat(Kind.of("G1 Conc#0")).isEqualTo(Kind.GC);
        assertThat(Kind.of("C2 CompilerThre")).isEqualTo(Kind.JIT);
        assertThat(Kind.of("VM Thread")).isEqualTo(Kind.VM_THREAD);
        assertThat(Kind.of("pool-1-thread-1")).isEqualTo(Kind.OTHER);
    }

    /** About 100 ms of work in this thread: user time, and the step's CPUs saw it busy. */
    @Test
    void splitsThisJvmsTimeAndReadsTheStepsCpus() {
        assumeTrue(ProcCounters.read().present(), "needs Linux /proc");
        ResourceUse use = new ResourceUse();
        use.start();
        use.startStep();
        assertThat(MonteCarlo.scalarHits(new long[] {1, 0, 40_000_000})).isPositive();
        use.stopStep();
        use.stop();
        assertThat(use.userMs).isPositive();
        assertThat(use.systemMs).isGreaterThanOrEqualTo(0);
        assertThat(use.voluntarySwitches + use.involuntarySwitches).isGreaterThanOrEqualTo(0);
        assertThat(use.minorFaults).isGreaterThanOrEqualTo(0);
        assertThat(use.stepCpuCount).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(use.stepCpuBusyMs).isPositive();
        assertThat(use.gcPauseMs).isGreaterThanOrEqualTo(0);
        assertThat(use.jitMs).isGreaterThanOrEqualTo(0);
    }

    /** A live child JVM's threads count: its compiler threads compiled its busy loop inside the window. */
    @Test
    void countsALiveChildJvmsThreads() throws Exception {
        ResourceUse use = startedWithProc();
        Process child = busyChild();
        try {
            use.stop();
            assertThat(use.jitCpuMs).isPositive();
            assertThat(use.childJitCpuMs).isPositive().isLessThanOrEqualTo(use.jitCpuMs);
            assertThat(use.childGcCpuMs).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(use.gcCpuMs);
            assertThat(use.safepointMs).isGreaterThanOrEqualTo(0);
            assertThat(use.userMs).isPositive();
            assertThat(use.voluntarySwitches).isPositive();
            assertThat(use.minorFaults).isPositive();
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    /** A collection inside the window stops this JVM at a safepoint: counted, with its time. */
    @Test
    void countsTheSafepointsOfAWindow() {
        ResourceUse use = startedWithProc();
        assumeTrue(TreePauses.read().present(), "needs HotSpot's perf data (/tmp/hsperfdata_<user>)");
        System.gc();
        use.stop();
        assertThat(use.safepoints).isGreaterThanOrEqualTo(1);
        assertThat(use.safepointMs).isPositive();
    }

    /**
     * A worker JVM that starts and ends inside the window (as process-per-task's do) is read as it is closed: its
     * compiler threads' CPU counts, though /proc no longer shows them at the window's end.
     */
    @Test
    void countsTheThreadsOfAWorkerThatExitedInsideTheWindow() throws Exception {
        ResourceUse use = startedWithProc();
        try (WorkerConnection worker = WorkerConnection.start()) {
            worker.awaitHandshake(Duration.ofSeconds(60));
            worker.send(1, MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 1, 40_000_000));
            worker.flush();
            assertThat(worker.receive()).isInstanceOf(Frame.Results.class);
        } // closing waits until the worker has exited
        use.stop();
        assertThat(use.childJitCpuMs).isPositive().isLessThanOrEqualTo(use.jitCpuMs);
        assertThat(use.voluntarySwitches).isPositive();
    }

    /** A live child JVM's collection and compilation are its own metrics, beside this JVM's MXBeans' figures. */
    @Test
    void countsALiveChildJvmsCollectionsAndCompileTime() throws Exception {
        ResourceUse use = startedWithProc();
        assumeTrue(TreePauses.read().present(), "needs HotSpot's perf data (/tmp/hsperfdata_<user>)");
        Process child = CpuTimeTest.childJvm("-cp", System.getProperty("java.class.path"), GcChild.class.getName());
        try {
            assertThat(child.inputReader().readLine()).isEqualTo("ready");
            use.stop();
            assertThat(use.childGcCount).isGreaterThanOrEqualTo(1);
            assertThat(use.childGcPauseMs).isPositive();
            assertThat(use.childJitMs).isGreaterThanOrEqualTo(0);
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    /**
     * A worker JVM that collects ({@code jcmd <pid> GC.run}: its System.gc()) and compiles its kernel, then ends
     * inside the window: its exit record holds both, though its perf data is gone at the window's end.
     */
    @Test
    void countsTheCollectionsAndCompileTimeOfAWorkerThatExitedInsideTheWindow() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        assumeTrue(Files.isExecutable(jcmd), "needs the JDK's jcmd");
        ResourceUse use = startedWithProc();
        assumeTrue(TreePauses.read().present(), "needs HotSpot's perf data (/tmp/hsperfdata_<user>)");
        try (WorkerConnection worker = WorkerConnection.start()) {
            worker.awaitHandshake(Duration.ofSeconds(60));
            worker.send(1, MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 1, 40_000_000));
            worker.flush();
            assertThat(worker.receive()).isInstanceOf(Frame.Results.class);
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(worker.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(gc.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(gc.exitValue()).isZero();
        } // closing waits until the worker has exited
        use.stop();
        assertThat(use.childGcCount).isGreaterThanOrEqualTo(1);
        assertThat(use.childGcPauseMs).isPositive();
        assertThat(use.childJitMs).isPositive();
    }

    /** Collects once, says so, and waits for its stdin to close. */
    public static final class GcChild {
        public static void main(String[] args) throws IOException {
            System.gc();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close stdin
            }
        }
    }

    /** A child that exited inside the window is still in the user/system time and the faults (cutime, cminflt). */
    @Test
    void countsAnExitedChildsTimesAndFaults() throws Exception {
        ResourceUse use = startedWithProc();
        Process child = busyChild();
        child.getOutputStream().close();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        use.stop();
        assertThat(use.userMs).isPositive();
        assertThat(use.minorFaults).isGreaterThan(1000);
    }

    /** A started window; skips the test without /proc. */
    private static ResourceUse startedWithProc() {
        assumeTrue(ProcCounters.read().present(), "needs Linux /proc");
        ResourceUse use = new ResourceUse();
        use.start();
        return use;
    }

    /** A child JVM that has burnt some CPU and waits for its stdin to close. */
    private static Process busyChild() throws IOException {
        Process child = CpuTimeTest.childJvm("-cp", System.getProperty("java.class.path"), CpuTimeTest.BusyChild.class.getName());
        assertThat(child.inputReader().readLine()).isEqualTo("ready");
        return child;
    }
}
