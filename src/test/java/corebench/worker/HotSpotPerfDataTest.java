package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertThat(HotSpotPerfData.safepoints(ProcessHandle.current().pid())).hasSize(2);
        assertThat(HotSpotPerfData.parse(ByteBuffer.wrap(new byte[64]), Set.of("sun.rt.safepoints"))).isEqualTo(HotSpotPerfData.ABSENT);
        assertThat(HotSpotPerfData.read(-1, Set.of("sun.rt.safepoints"))).isEqualTo(HotSpotPerfData.ABSENT);
        assertThat(HotSpotPerfData.safepoints(-1)).isNull();
    }
}
