package corebench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.workload.ContentionStrategy;
import corebench.workload.Fault;
import corebench.workload.Kernel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, member: a remote peer's tasks could grow a static map forever, choose allocation sizes and name other
 * local runs' shared-memory files by guessable keys. On main a member ran any kernel with any arguments; now it
 * serves the CPU-only kernels with bounded sizes and nothing else.
 */
class MemberKernelsTest {

    @Test
    void theCpuOnlyKernelsWithBoundedSizesAreServed() {
        assertThat(MemberKernels.served(Kernel.MONTE_CARLO_SCALAR.wireId(), new long[] {1, 2, 1 << 24})).isEqualTo(Kernel.MONTE_CARLO_SCALAR);
        assertThat(MemberKernels.served(Kernel.ECHO.wireId(), new long[] {7})).isEqualTo(Kernel.ECHO);
        assertThat(MemberKernels.served(Kernel.CONTENTION.wireId(), new long[] {ContentionStrategy.PARTIALS.wireId(), 5, 4, 0, 1, 10}))
                .isEqualTo(Kernel.CONTENTION);
        assertThat(new KernelCall(List.of(new corebench.workload.Task(Kernel.ECHO, 3)), 0, 1).call()).containsExactly(3);
    }

    @Test
    void sharedMemoryFaultsAndHugeSizesAreRefused() {
        List<long[]> refused = List.of(
                new long[] {Kernel.GRID_JACOBI.wireId(), 123, 0, 0, 1},
                new long[] {Kernel.GRID_INPLACE.wireId(), 123, 0, 1, 1},
                new long[] {Kernel.CONTENTION.wireId(), ContentionStrategy.MAPPED_ATOMIC.wireId(), 5, 4, 0, 1, 10},
                new long[] {Kernel.CONTENTION.wireId(), ContentionStrategy.PARTIALS.wireId(), 5, Integer.MAX_VALUE, 0, 1, 10},
                new long[] {Kernel.MONTE_CARLO_SIMD.wireId(), 1, 2, Long.MAX_VALUE},
                new long[] {Kernel.FAULT.wireId(), Fault.SLEEP, 1_000_000},
                new long[] {Kernel.ECHO.wireId(), 1, 2},
                new long[] {999, 1});
        for (long[] task : refused) {
            long[] args = java.util.Arrays.copyOfRange(task, 1, task.length);
            assertThatThrownBy(() -> MemberKernels.served(task[0], args)).as(java.util.Arrays.toString(task))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
