package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.model.ConcurrencyModel;
import corebench.model.ModelKind;
import corebench.workload.Kernel;
import corebench.workload.Task;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuTimeTest {

    /** About 100 ms of work: well above the 10 ms resolution of the OS's process CPU time on Linux. */
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

    @Test
    void addsTheChildCpuTimeTheModelReports() {
        ChildBurner model = new ChildBurner();
        StartupBench bench = new StartupBench();
        bench.concurrency = model;
        CpuTime cpu = new CpuTime();
        cpu.watch(bench);
        cpu.startIteration();
        model.children = model.children.plusMillis(250);
        cpu.stopIteration();
        assertThat(cpu.childCpuMs).isEqualTo(250.0);
        assertThat(cpu.cpuMs).isGreaterThanOrEqualTo(250.0);
    }

    /** A model whose children burn exactly the CPU time the test says. */
    private static final class ChildBurner implements ConcurrencyModel {
        Duration children = Duration.ofSeconds(3);

        @Override
        public ModelKind kind() {
            return ModelKind.SEQUENTIAL;
        }

        @Override
        public int workers() {
            return 1;
        }

        @Override
        public long[] run(List<Task> tasks, int chunkSize) {
            return new long[tasks.size()];
        }

        @Override
        public Duration childCpuTime() {
            return children;
        }

        @Override
        public void close() {
        }
    }
}
