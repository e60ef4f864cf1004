package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HotSpotPerfDataTest {

    /** This JVM's own file holds HotSpot's counters; bytes that are not such a file read as absent. */
    @Test
    void readsHotSpotsPerformanceDataFile() {
        HotSpotPerfData own = HotSpotPerfData.read(ProcessHandle.current().pid(), Set.of("sun.os.hrt.frequency",
                "sun.rt.safepoints", "no.such.counter"));
        assumeTrue(own != HotSpotPerfData.ABSENT, "needs HotSpot's perf data (/tmp/hsperfdata_<user>)");
        assertThat(own.get("sun.os.hrt.frequency")).isPositive();
        assertThat(own.get("sun.rt.safepoints")).isGreaterThanOrEqualTo(0);
        assertThat(own.get("no.such.counter")).isEqualTo(-1);
        assertThat(HotSpotPerfData.pauses(ProcessHandle.current().pid()).safepoints()).isGreaterThanOrEqualTo(0);
        assertThat(HotSpotPerfData.parse(ByteBuffer.wrap(new byte[64]), Set.of("sun.rt.safepoints"))).isEqualTo(HotSpotPerfData.ABSENT);
        assertThat(HotSpotPerfData.read(-1, Set.of("sun.rt.safepoints"))).isEqualTo(HotSpotPerfData.ABSENT);
        assertThat(HotSpotPerfData.pauses(-1)).isNull();
    }

    /** A collection and compilation in this JVM show in its counters as its MXBeans count them. */
    @Test
    void readsTheCollectionsAndCompileTimeAsTheMxBeansCountThem() {
        long pid = ProcessHandle.current().pid();
        assumeTrue(HotSpotPerfData.pauses(pid) != null, "needs HotSpot's perf data (/tmp/hsperfdata_<user>)");
        System.gc();
        JvmPauses pauses = HotSpotPerfData.pauses(pid);
        assertThat(pauses.gcCount()).isGreaterThanOrEqualTo(1);
        assertThat(pauses.gcPauseMs()).isPositive();
        assertThat(pauses.jitMs()).isPositive()
                .isCloseTo(ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), within(1000.0));
    }
}
