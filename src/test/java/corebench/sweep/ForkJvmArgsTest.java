package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeouts a user sets on the sweep reach the JMH forks, where the process and cluster models read them. */
class ForkJvmArgsTest {

    @Test
    void batchAndMemberStartTimeoutsAreForwardedToForks() {
        assertThat(JmhLauncher.forkJvmArgs(2, List.of())).contains("-XX:ActiveProcessorCount=2")
                .noneMatch(a -> a.startsWith("-Dcorebench.batchTimeout") || a.startsWith("-Dcorebench.memberStartTimeout"));
        try {
            System.setProperty("corebench.batchTimeout", "10m");
            System.setProperty("corebench.memberStartTimeout", "900");
            assertThat(JmhLauncher.forkJvmArgs(4, List.of("-Dx=y")))
                    .contains("-Dcorebench.batchTimeout=10m", "-Dcorebench.memberStartTimeout=900", "-Dx=y");
        } finally {
            System.clearProperty("corebench.batchTimeout");
            System.clearProperty("corebench.memberStartTimeout");
        }
    }
}
