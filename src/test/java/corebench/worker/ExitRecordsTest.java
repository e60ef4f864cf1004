package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoLeakedProcessesExtension.class)
class ExitRecordsTest {
    /** A real worker closed while this JVM records is read on its way out: its threads and pauses, then taken once. */
    @Test
    void aWorkerClosedWhileRecordingLeavesItsThreadsAndPauses() throws Exception {
        assumeTrue(!JvmThreads.of(ProcessHandle.current().pid()).isEmpty(), "needs Linux /proc");
        ExitRecords.record();
        ExitRecords.take();
        long pid;
        try (WorkerConnection worker = WorkerConnection.start()) {
            worker.awaitHandshake(Duration.ofSeconds(60));
            pid = worker.pid();
        }
        ExitRecords.Exits exits = ExitRecords.take();
        assertThat(exits.threads()).isNotEmpty().allSatisfy((id, c) -> assertThat(id).startsWith(pid + "/"));
        assertThat(exits.threads().values()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(JvmThreads.Kind.JIT));
        assertThat(exits.threads().values()).anySatisfy(c -> assertThat(c.runNanos()).isPositive());
        if (HotSpotPerfData.pauses(ProcessHandle.current().pid()) != null) {
            assertThat(exits.pauses().get(pid).jitMs()).isPositive();
        }
        assertThat(ExitRecords.take().threads()).isEmpty();
    }

    /** A worker killed rather than closed is not read (its /proc may be half gone). */
    @Test
    void aKilledWorkerIsNotRead() throws Exception {
        ExitRecords.record();
        ExitRecords.take();
        try (WorkerConnection worker = WorkerConnection.start()) {
            worker.awaitHandshake(Duration.ofSeconds(60));
            worker.kill("was killed by the test");
        }
        assertThat(ExitRecords.take().threads()).isEmpty();
    }

    /** A {@code sched} file as Linux writes it: name up to the last " (", run time from ms with six decimals. */
    @Test
    void parsesASchedFile() {
        String sched = """
                C2 CompilerThre (4242, #threads: 19)
                -------------------------------------------------------------------
                se.exec_start                                :      33652827.353432
                se.sum_exec_runtime                          :          1234.000567
                se.nr_migrations                             :                   12
                nr_switches                                  :                  300
                nr_voluntary_switches                        :                  280
                nr_involuntary_switches                      :                   20
                policy                                       :                    0
                """;
        assertThat(JvmThreads.parse(sched)).isEqualTo(
                new JvmThreads.Counters(JvmThreads.Kind.JIT, 1_234_000_567L, 280, 20, 12));
    }
}
