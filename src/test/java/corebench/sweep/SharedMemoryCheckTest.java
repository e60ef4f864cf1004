package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.format.SharedMemoryNote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: a grid larger than /dev/shm's room went to java.io.tmpdir (disk-backed) without a word; the sweep now
 * warns and notes it in machine.json before it measures.
 */
class SharedMemoryCheckTest {

    @Test
    void aGridLargerThanSharedMemoryIsNotedAPlanWithoutGridIsNot() {
        CpuRestriction restriction = CpuRestriction.probe();
        SweepPlan grid = new ParamOverrides(java.util.Map.of("size", "16777216")).apply(SweepPipeline.runs("quick",
                SweepPipeline.QUICK, true, List.of(1), List.of("grid"), List.of("platform-pool"), restriction));
        assertThat(SharedMemoryCheck.largestGridBytes(grid)).isEqualTo(16777216L * 16777216L * 16);
        assertThat(SharedMemoryCheck.note(grid)).hasValueSatisfying(note -> assertThat(SharedMemoryNote.is(note)).isTrue());
        SweepPlan noGrid = SweepPipeline.runs("quick", SweepPipeline.QUICK, true, List.of(1), List.of("montecarlo"),
                List.of("platform-pool"), restriction);
        assertThat(SharedMemoryCheck.note(noGrid)).isEmpty();
    }
}
