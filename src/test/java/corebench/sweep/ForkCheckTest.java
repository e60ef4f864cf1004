package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.NoiseRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether the machine served a fork: the capacity probe's two readings and the other processes' CPU time. */
class ForkCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode fork(double before, double after, double slowestBefore, double slowestAfter) {
        ObjectNode r = JSON.createObjectNode();
        ObjectNode m = r.putObject("secondaryMetrics");
        m.putObject("capacityBefore").put("score", before);
        m.putObject("capacityAfter").put("score", after);
        m.putObject("slowestCpuBefore").put("score", slowestBefore);
        m.putObject("slowestCpuAfter").put("score", slowestAfter);
        return r;
    }

    private static Optional<NoiseRecord> others(double percentOfMachine, int cpus) {
        return Optional.of(new NoiseRecord(2, "a", "b", 3, cpus, new double[3], new double[3], 0, percentOfMachine, 40,
                List.of(), "r", 1));
    }

    @Test
    void aForkThatGotItsCpusIsServed() {
        ForkCheck check = ForkCheck.of(fork(1.98, 1.95, 0.97, 0.96), 2, others(2, 2));
        assertThat(check.served()).isTrue();
        assertThat(check.capacity()).isEqualTo(1.95);
        assertThat(check.slowestCpu()).isEqualTo(0.96);
    }

    @Test
    void theLowerReadingCountsAndEitherWitnessSetsAForkAside() {
        assertThat(ForkCheck.of(fork(1.98, 1.12, 0.97, 0.5), 2, others(0, 2)).reason())
                .isEqualTo("the capacity probe got 1.12 of 2 CPUs");
        assertThat(ForkCheck.of(fork(1.9, 1.9, 0.55, 0.99), 2, others(0, 2)).reason())
                .isEqualTo("one of its CPUs ran at 55% of its rate");
        // a neighbour between the probes: 0.9 CPUs of others where none was free for them
        assertThat(ForkCheck.of(fork(2, 2, 1, 1), 2, others(45, 2)).reason())
                .isEqualTo("other processes took 0.90 CPUs while 0 of 2 were free for them");
    }

    @Test
    void otherProcessesOnTheCpusOutsideTheStepDoNotCount() {
        // 1-core step on 2 CPUs: a neighbour on the other CPU leaves the step its CPU
        assertThat(ForkCheck.of(fork(1, 1, 1, 1), 1, others(50, 2)).served()).isTrue();
        assertThat(ForkCheck.of(fork(1, 1, 1, 1), 1, others(80, 2)).served()).isFalse();
    }

    @Test
    void withoutAProbeOrANoiseRecordTheForkIsServed() {
        assertThat(ForkCheck.of(JSON.createObjectNode(), 4, Optional.empty()).served()).isTrue();
        assertThat(ForkCheck.of(JSON.createObjectNode(), 4, Optional.empty()).capacity()).isNaN();
    }
}
