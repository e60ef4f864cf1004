package corebench.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheFieldsOfNoiseJsonInTheirOrderAndReadsThemBack() throws Exception {
        NoiseRecord record = new NoiseRecord(2, "2026-12-01T09:00:00Z", "2026-12-01T09:01:00Z", 60, 4,
                new double[] {0.5, 0.4, 0.3}, new double[] {1.5, 0.6, 0.4}, 0.2, 12.5, 50,
                List.of(new NoiseRecord.BusyProcess(7, "make", 35)), null, 0).of("r1", 3);
        String json = JSON.writeValueAsString(record);
        assertThat(json).isEqualTo("{\"cores\":2,\"startedUtc\":\"2026-12-01T09:00:00Z\",\"finishedUtc\":\"2026-12-01T09:01:00Z\","
                + "\"seconds\":60.0,\"cpus\":4,\"loadBefore\":[0.5,0.4,0.3],\"loadAfter\":[1.5,0.6,0.4],\"stealPercent\":0.2,"
                + "\"otherCpuPercent\":12.5,\"ownCpuPercent\":50.0,\"busyProcesses\":[{\"pid\":7,\"command\":\"make\","
                + "\"cpuPercent\":35.0}],\"run\":\"r1\",\"round\":3}");
        NoiseRecord read = JSON.readValue(json, NoiseRecord.class);
        assertThat(read.otherCpuPercent()).isEqualTo(12.5);
        assertThat(read.busyProcesses()).containsExactly(new NoiseRecord.BusyProcess(7, "make", 35));
        assertThat(read.summary()).isEqualTo(record.summary()).isEqualTo("noise during the run: other processes 13% of the CPUs,"
                + " steal 0.2%, load 0.50 -> 1.50; busiest: make (pid 7) 35%");
    }
}
