package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue 22, member: on main every key a peer named added a handle to a static map forever, with an array as long
 * as the task said. Handles are now bounded in number, tasks in size, and keys carry 32 random bits.
 */
class ContentionBoundsTest {

    @Test
    void handlesToOtherJvmsTotalsAreBounded() {
        for (long key = 1; key <= 10 * Contention.MAX_ATTACHED; key++) {
            Contention.add(new long[] {ContentionStrategy.PARTIALS.wireId(), key, 4, 0, 1, 10});
            assertThat(Contention.attached()).isLessThanOrEqualTo(Contention.MAX_ATTACHED);
        }
    }

    @Test
    void aTaskOfHugeSizeIsRefused() {
        assertThatThrownBy(() -> Contention.add(new long[] {ContentionStrategy.PARTIALS.wireId(), 1, Integer.MAX_VALUE, 0, 1, 10}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of bounds");
    }

    @Test
    void keysAreNotTheNextNumber() {
        long a = SharedMemoryFile.newKey();
        long b = SharedMemoryFile.newKey();
        assertThat(a >>> 32).isEqualTo(ProcessHandle.current().pid());
        assertThat(Math.abs((b & 0xFFFF_FFFFL) - (a & 0xFFFF_FFFFL))).isNotEqualTo(1);
    }
}
