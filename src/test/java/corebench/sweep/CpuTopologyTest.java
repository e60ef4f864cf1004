package corebench.sweep;

import corebench.format.CpuPlace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Topology read from a /sys tree recorded in a 2-socket SMT guest, and the CPU orders built on it. */
class CpuTopologyTest {
    private static final Path FIXTURE = Path.of("src/test/resources/topology/qemu-2s4c2t/sys/devices/system");

    @Test
    void theRecordedTwoSocketSmtMachineHasSixteenCpusOnEightCoresOfTwoSockets() throws IOException {
        CpuTopology t = CpuTopology.fromSysfs(FIXTURE);
        assertThat(t.cpus()).hasSize(16);
        assertThat(t.sockets()).isEqualTo(2);
        assertThat(t.physicalCores()).isEqualTo(8);
        // lscpu -p of the same guest: CPU 9 is the second thread of core 0 of socket 1, node 0
        assertThat(t.cpus().get(9)).isEqualTo(new CpuPlace(9, 0, 1, 0));
        assertThat(t.cpus().get(6)).isEqualTo(new CpuPlace(6, 3, 0, 0));
    }

    @Test
    void spreadAlternatesSocketsCoreByCoreAndTakesSiblingsLast() throws IOException {
        List<Integer> order = CpuTopology.fromSysfs(FIXTURE).order(CpuTopology.Order.SPREAD);
        assertThat(order).containsExactly(0, 8, 2, 10, 4, 12, 6, 14, 1, 9, 3, 11, 5, 13, 7, 15);
    }

    @Test
    void compactFillsTheFirstSocketsCoresBeforeTheSecondsAndTakesSiblingsLast() throws IOException {
        List<Integer> order = CpuTopology.fromSysfs(FIXTURE).order(CpuTopology.Order.COMPACT);
        assertThat(order).containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15);
    }

    @Test
    void aRestrictedAffinityMaskKeepsOnlyItsCpus() throws IOException {
        CpuTopology t = CpuTopology.fromSysfs(FIXTURE).restrictedTo(Set.of(0, 1, 8));
        assertThat(t.order(CpuTopology.Order.COMPACT)).containsExactly(0, 8, 1);
        assertThat(t.physicalCores()).isEqualTo(2);
    }

    @Test
    void stepsListTheirCpusAsRanges() throws IOException {
        CpuTopology t = CpuTopology.fromSysfs(FIXTURE);
        CpuRestriction compact = CpuRestriction.assumed(t, CpuTopology.Order.COMPACT);
        assertThat(compact.cpuList(4)).isEqualTo("0,2,4,6");
        assertThat(compact.cpuList(16)).isEqualTo("0-15");
        assertThat(compact.order()).isEqualTo("compact");
        assertThat(CpuRestriction.assumed(t, CpuTopology.Order.SPREAD).cpuList(2)).isEqualTo("0,8");
    }

    @Test
    void aSyntheticTopologyNumbersFirstThreadsBeforeSiblings() {
        CpuTopology t = CpuTopology.parse("2x32x2");
        assertThat(t.cpus()).hasSize(128);
        assertThat(t.sockets()).isEqualTo(2);
        assertThat(t.physicalCores()).isEqualTo(64);
        assertThat(t.cpus().get(64)).isEqualTo(new CpuPlace(64, 0, 0, 0));
        assertThat(t.order(CpuTopology.Order.SPREAD).subList(0, 4)).containsExactly(0, 32, 1, 33);
        assertThat(t.order(CpuTopology.Order.COMPACT).subList(62, 66)).containsExactly(62, 63, 64, 65);
    }

    @Test
    void badTopologiesAndOrdersSayWhatIsExpected() {
        assertThatThrownBy(() -> CpuTopology.parse("2x32")).hasMessageContaining("SOCKETSxCORESxTHREADS");
        assertThatThrownBy(() -> CpuTopology.parse("0x4x2")).hasMessageContaining("at least 1 socket");
        assertThatThrownBy(() -> CpuTopology.Order.byId("random")).hasMessageContaining("spread, compact");
    }
}
