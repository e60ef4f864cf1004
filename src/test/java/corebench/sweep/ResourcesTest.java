package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22.8 and the container limits: admission counts the model's own platform threads against the process
 * limit, and reads this process's cgroup v2 limits besides the host's. On main before the fix a plan for a user
 * with {@code ulimit -u 2000} kept platform-pool at 4096 workers (the run died "unable to create native thread"),
 * and a container's {@code memory.max}, {@code pids.max} and {@code cpu.max} were not read.
 */
class ResourcesTest {
    @TempDir
    Path root;

    @Test
    void platformThreadsBeyondTheProcessLimitAreNotPlannedVirtualOnesAre() {
        SweepPlan plan = BudgetCutsTest.defaultPlan(CpuTopology.synthetic(1, 2, 1), new Resources(1L << 40, 2_000, "test: ulimit -u 2000"),
                SweepPipeline.DEFAULT_BUDGET_SECONDS);
        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.model()).isEqualTo("platform-pool");
            assertThat(s.reason()).contains("4096 workers").contains("4096 platform threads need").contains("more than 80% of the 2000");
        });
        assertThat(plan.skipped()).filteredOn(s -> s.model().equals("virtual")).noneSatisfy(s ->
                assertThat(s.reason()).contains("threads need"));
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                for (Map<String, String> combo : PlanEstimate.combinations(run)) {
                    assertThat(PlanEstimate.cost(plan.jmh(), step.cores(), run, combo).threads() + Resources.OWN_THREADS)
                            .as("%s %s", run.name(), combo).isLessThanOrEqualTo(1_600);
                }
            }
        }
    }

    @Test
    void aContainersCgroupLimitsMemoryThreadsAndCpus() throws IOException {
        write("proc/meminfo", "MemTotal:       16000000 kB\nMemAvailable:    8000000 kB\n");
        write("proc/self/limits", "Limit                     Soft Limit           Hard Limit           Units\n"
                + "Max processes             2000                 2000                 processes\n");
        write("proc/self/status", "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nThreads:\t40\n");
        write("proc/sys/kernel/threads-max", "100000\n");
        write("proc/loadavg", "0.00 0.01 0.05 1/500 1234\n");
        write("proc/17/status", "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nThreads:\t300\n");
        write("proc/18/status", "Name:\tinit\nUid:\t0\t0\t0\t0\nThreads:\t900\n");
        write("proc/self/cgroup", "0::/docker/abc\n");
        write("sys/fs/cgroup/docker/abc/memory.max", (512L << 20) + "\n");
        write("sys/fs/cgroup/docker/abc/memory.current", (128L << 20) + "\n");
        write("sys/fs/cgroup/docker/abc/pids.max", "1000\n");
        write("sys/fs/cgroup/docker/abc/pids.current", "100\n");
        write("sys/fs/cgroup/docker/abc/cpu.max", "150000 100000\n");
        write("sys/fs/cgroup/docker/memory.max", "max\n");
        write("sys/fs/cgroup/docker/cpu.max", "max 100000\n");

        Resources r = Resources.probe(root);

        assertThat(r.availableBytes()).isEqualTo(384L << 20);
        assertThat(r.maxThreads()).isEqualTo(900);
        assertThat(r.quotaCpus()).isEqualTo(1);
        assertThat(r.source()).contains("cgroup /docker/abc memory.max 512 MiB", "cgroup /docker/abc pids.max 1000",
                "cgroup /docker/abc cpu.max allows 1");
    }

    @Test
    void withoutCgroupLimitsTheUsersThreadsCountAgainstUlimit() throws IOException {
        write("proc/meminfo", "MemAvailable:    8000000 kB\n");
        write("proc/self/limits", "Max processes             2000                 2000                 processes\n");
        write("proc/self/status", "Uid:\t1000\t1000\t1000\t1000\n");
        write("proc/sys/kernel/threads-max", "100000\n");
        write("proc/loadavg", "0.00 0.01 0.05 1/500 1234\n");
        write("proc/17/status", "Uid:\t1000\t1000\t1000\t1000\nThreads:\t300\n");
        write("proc/18/status", "Uid:\t0\t0\t0\t0\nThreads:\t900\n");
        write("proc/self/cgroup", "0::/\n");
        write("sys/fs/cgroup/cpu.max", "max 100000\n");

        Resources r = Resources.probe(root);

        assertThat(r.availableBytes()).isEqualTo(8_000_000L * 1024);
        assertThat(r.maxThreads()).isEqualTo(1_700);
        assertThat(r.quotaCpus()).isEqualTo(Integer.MAX_VALUE);
        assertThat(r.source()).contains("ulimit -u 2000 less 300 threads of this user");
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
