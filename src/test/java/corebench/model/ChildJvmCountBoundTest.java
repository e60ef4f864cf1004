package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue 22: {@code -p model=process-pool -p workers=5000} started every child JVM at once; only {@code workers >= 1}
 * was checked. A process model whose workers the machine cannot hold is now refused with one line before any
 * child starts. (Do not run this test on a build without the bound: it would start a million JVMs.)
 */
class ChildJvmCountBoundTest {

    @Test
    void moreChildJvmsThanTheMachineHoldsAreRefusedBeforeAnyStarts() {
        for (ModelKind kind : new ModelKind[] {ModelKind.PROCESS_POOL, ModelKind.PROCESS_PER_TASK}) {
            assertThatThrownBy(() -> kind.create(1_000_000)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1000000 child JVMs at once need at least").hasMessageContaining("use fewer workers")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(ProcessHandle.current().children().count()).isZero();
        }
    }
}
