package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeouts a user sets on the sweep reach the JMH forks, where the process and cluster models read them; and
 * (issue 22.1) nothing but the options corebench generates reaches them, each as one argument.
 */
class ForkJvmArgsTest {

    @Test
    void batchAndMemberStartTimeoutsAreForwardedToForks() {
        assertThat(JmhLauncher.forkJvmArgs(2, List.of())).contains("-XX:ActiveProcessorCount=2")
                .noneMatch(a -> a.startsWith("-Dcorebench.batchTimeout") || a.startsWith("-Dcorebench.memberStartTimeout"));
        try {
            System.setProperty("corebench.batchTimeout", "10m");
            System.setProperty("corebench.memberStartTimeout", "900");
            assertThat(JmhLauncher.forkJvmArgs(4, List.of("-Dcorebench.cluster.name=lab")))
                    .contains("-Dcorebench.batchTimeout=10m", "-Dcorebench.memberStartTimeout=900", "-Dcorebench.cluster.name=lab");
        } finally {
            System.clearProperty("corebench.batchTimeout");
            System.clearProperty("corebench.memberStartTimeout");
        }
    }

    @Test
    void anOptionCorebenchDoesNotGenerateIsRefused() {
        for (String option : List.of("-Dcorebench.cluster.members=[x -javaagent:/tmp/a.jar=]:5701", "-javaagent:/tmp/a.jar",
                "-Dx=y", "-XX:+UnlockDiagnosticVMOptions", "-Dcorebench.cluster.name=a'b")) {
            assertThatThrownBy(() -> JmhLauncher.forkJvmArgs(2, List.of(option))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not one corebench generates");
        }
    }

    @Test
    void eachForkOptionIsOneArgumentOfTheJmhJvm() {
        SweepPlan.Step step = new SweepPlan.Step(1, "0", List.of());
        JmhLauncher launcher = new JmhLauncher("java", "cp", CpuRestriction.probe(),
                List.of("-Dcorebench.cluster.members=10.0.0.5:5701,[::1]:5701", "-Dcorebench.cluster.name=lab"),
                corebench.format.HardwareEvents.absent("not probed"));
        List<String> cmd = launcher.command(step, new JmhRun("r", "clock", "corebench.bench.ClockBench.chain", java.util.Map.of()),
                SweepPipeline.QUICK, java.nio.file.Path.of("r.json"));
        assertThat(cmd).doesNotContain("-jvmArgs").containsSubsequence(JmhMain.FORK_JVM_ARG,
                "-Dcorebench.cluster.members=10.0.0.5:5701,[::1]:5701", JmhMain.FORK_JVM_ARG, "-Dcorebench.cluster.name=lab");
    }

    @Test
    void everyRunOfTheDefaultPlansPassesTheRunCheckForeignOnesDoNot() {
        for (int cpus : new int[] {2, 64}) {
            for (SweepPlan.Step step : BudgetCutsTest.defaultPlan(cpus).steps()) {
                step.runs().forEach(JmhLauncher::checkRun);
            }
        }
        JmhRun good = new JmhRun("r", "clock", "corebench.bench.ClockBench.chains", java.util.Map.of("workers", List.of("1")));
        for (JmhRun bad : List.of(new JmhRun("../../x", "clock", good.benchmark(), good.params()),
                new JmhRun("r", "clock", "org.evil.Bench.run", good.params()),
                new JmhRun("r", "clock", ".*", good.params()),
                good.with("workers", List.of("1 -jvmArgs -javaagent:/a.jar")),
                good.with("a=b", List.of("1")))) {
            assertThatThrownBy(() -> JmhLauncher.checkRun(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("refused run");
        }
    }
}
