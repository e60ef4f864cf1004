package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.MachineParts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reporter reads machine.json's machine parts through the records the sweep writes them with. */
class MachinePartsReadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode written() {
        MachineParts.Cpu cpu = new MachineParts.Cpu("Test CPU", "vendor", "arch", "id", 2, 8, 16, 2_000_000_000L, 0,
                List.of(new MachineParts.Cache(1, "INSTRUCTION", 64 << 10, 8, 64),
                        new MachineParts.Cache(3, "UNIFIED", 32 << 20, 16, 64)));
        return JSON.valueToTree(Map.of("machineId", "test-16cpu", "cpu", cpu,
                "memory", new MachineParts.Memory(16L << 30, 4096),
                "os", new MachineParts.Os("Linux", "12", null, "6.1", "amd64"),
                "jvm", new MachineParts.Jvm("Eclipse Adoptium", "25", null, null, null)));
    }

    @Test
    void whatTheSweepWritesTheReporterReads() {
        Machine m = Machine.of(written());
        assertThat(m.cpuModel()).isEqualTo("Test CPU");
        assertThat(m.sockets()).isEqualTo(2);
        assertThat(m.logicalCores()).isEqualTo(16);
        assertThat(m.caches()).containsExactly("L1 instruction 64 KiB", "L3 unified 32 MiB");
        assertThat(m.lastLevelCacheBytes()).isEqualTo(32L << 20);
        assertThat(m.memoryBytes()).isEqualTo(16L << 30);
        assertThat(m.os()).contains("Linux").contains("kernel 6.1");
        assertThat(m.jvm()).contains("Eclipse Adoptium");
    }

    @Test
    void aPartThatDoesNotFitItsRecordIsUnknownNotAnError() {
        ObjectNode root = written();
        ((ObjectNode) root.path("cpu")).put("sockets", "two");
        Machine m = Machine.of(root);
        assertThat(m.cpuModel()).isNull();
        assertThat(m.known()).isFalse();
        assertThat(m.memoryBytes()).isEqualTo(16L << 30);
    }
}
