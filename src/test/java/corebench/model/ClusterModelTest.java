package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import corebench.bench.Fit;
import corebench.cluster.ClusterTarget;
import corebench.cluster.SocketTable;
import corebench.workload.Blocking;
import corebench.workload.Contention;
import corebench.workload.ContentionStrategy;
import corebench.workload.Fault;
import corebench.workload.Granularity;
import corebench.workload.Kernel;
import corebench.workload.MonteCarlo;
import corebench.workload.Reference;
import corebench.workload.Startup;
import corebench.workload.Task;
import corebench.workload.GridWorkload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code cluster} model against real member JVMs on loopback. Members take seconds to start, so one
 * model is shared by the tests of this class: six workers, which a real cluster's shape makes four member JVMs with
 * six executor threads in all. After each test no process but its members may be running, and after the class none
 * at all.
 */
class ClusterModelTest {
    private static final int WORKERS = 6;
    private static ClusterModel shared;

    @BeforeAll
    static void startCluster() {
        shared = new ClusterModel(WORKERS);
    }

    @AfterAll
    static void stopCluster() {
        List<Long> members = shared.memberPids();
        shared.close();
        shared.close(); // closing twice is harmless
        assertThat(members).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertNoProcessesBut(List.of());
    }

    @AfterEach
    void onlyTheSharedMembersRun() {
        assertNoProcessesBut(shared.memberPids());
    }

    /** Fails (after killing them) if descendants other than {@code allowed} are alive. */
    static void assertNoProcessesBut(List<Long> allowed) {
        List<ProcessHandle> strays = ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && !allowed.contains(p.pid())).toList();
        strays.forEach(ProcessHandle::destroyForcibly);
        assertThat(strays).as("processes left running").isEmpty();
    }

    static Stream<Arguments> configurations() {
        // more tasks than workers, a chunk per task, fewer tasks than workers, one task, chunk larger than the batch
        return Stream.of(Arguments.of(37, 1), Arguments.of(37, 5), Arguments.of(3, 1), Arguments.of(1, 1), Arguments.of(10, 64));
    }

    @ParameterizedTest(name = "tasks={0} chunk={1}")
    @MethodSource("configurations")
    void sameResultsAsSequential(int taskCount, int chunk) {
        List<Task> tasks = MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 42, taskCount * 1000L, 1000);
        long[] expected = new SequentialModel(1).run(tasks, 1);
        assertThat(shared.run(tasks, chunk)).containsExactly(expected);
        assertThat(shared.run(tasks)).containsExactly(expected);
    }

    @Test
    void simdKernelAndEchoGiveTheSequentialAnswers() {
        List<Task> simd = MonteCarlo.tasks(Kernel.MONTE_CARLO_SIMD, 7, 64 * 4096L, 4096);
        assertThat(shared.run(simd, 3)).containsExactly(new SequentialModel(1).run(simd, 1));
        List<Task> echo = LongStream.range(0, 500).mapToObj(i -> new Task(Kernel.ECHO, i * 31)).toList();
        assertThat(shared.run(echo, 1)).containsExactly(new SequentialModel(1).run(echo, 1));
    }

    @Test
    void theOverheadWorkloadsGiveTheirReferenceResults() {
        List<Task> granularity = Granularity.tasks(7, 24, 500);
        for (int chunk : new int[] {1, 10, 100, 1000}) {
            Reference.check(shared.run(granularity, chunk), Reference.of(granularity), "cluster chunk " + chunk);
        }
        List<Task> blocking = Blocking.tasks(11, 20, 300);
        assertThat(shared.run(blocking, 7)).containsExactly(Blocking.reference(blocking));
        for (long v = 1; v <= 3; v++) {
            Startup.probe(shared, v);
        }
        try (Contention partials = Contention.open(ContentionStrategy.PARTIALS, 2, 200_001)) {
            assertThat(partials.run(shared)).isEqualTo(partials.expectedTotal());
        }
    }

    @Test
    void workloadsThatNeedOneMachinesMemoryRuleTheClusterOut() {
        assertThat(Fit.whyNot(ModelKind.CLUSTER, Contention.needs(ContentionStrategy.MAPPED_ATOMIC))).get().asString()
                .contains("cannot map it");
        assertThat(Fit.whyNot(ModelKind.PROCESS_POOL, Contention.needs(ContentionStrategy.MAPPED_ATOMIC))).isEmpty();
        assertThat(Fit.whyNot(ModelKind.CLUSTER, GridWorkload.needs(GridWorkload.Kind.INPLACE))).get().asString()
                .contains("shared by the processes of one machine");
        assertThat(Fit.whyNot(ModelKind.PROCESS_POOL, GridWorkload.needs(GridWorkload.Kind.INPLACE))).isEmpty();
    }

    @Test
    void emptyBatchAndBadChunkSize() {
        assertThat(shared.run(List.of(), 1)).isEmpty();
        assertThatThrownBy(() -> shared.run(List.of(new Task(Kernel.ECHO, 1)), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunk size");
    }

    @Test
    void aFailingTaskNamesItsSubmissionAndTheModelStaysUsable() {
        List<Task> tasks = List.of(new Task(Kernel.ECHO, 1), new Task(Kernel.ECHO, 2), Fault.task(Fault.THROW, 77), new Task(Kernel.ECHO, 4));
        assertThatThrownBy(() -> shared.run(tasks, 1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("cluster: submission 2").hasMessageContaining("injected fault 77");
        assertThat(shared.run(List.of(new Task(Kernel.ECHO, 5)), 1)).containsExactly(5);
    }

    @Test
    void membersAreChildJvmsListeningOnLoopbackOnly() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "the socket table is read from Linux's /proc");
        assertThat(shared.kind()).isEqualTo(ModelKind.CLUSTER);
        assertThat(shared.workers()).isEqualTo(WORKERS);
        List<Long> pids = shared.memberPids();
        // a real cluster has few members with many threads: workers beyond four become threads, not JVMs
        assertThat(pids).hasSize(4).doesNotHaveDuplicates();
        List<Long> children = ProcessHandle.current().children().map(ProcessHandle::pid).toList();
        assertThat(children).containsAll(pids);
        List<SocketTable.Socket> sockets = SocketTable.of(pids);
        // each member listens (so the check below is not vacuous), on loopback only ...
        assertThat(sockets.stream().filter(SocketTable.Socket::listening)).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(s -> assertThat(s.local().isLoopbackAddress()).as("listening on %s", s.local()).isTrue());
        // ... and every connection it has is with a loopback address
        assertThat(sockets.stream().filter(s -> !s.listening()))
                .allSatisfy(s -> assertThat(s.remote().isLoopbackAddress()).as("connected to %s", s.remote()).isTrue());
        assertThat(shared.startTime()).isPositive();
    }

    @Test
    void aRealClusterIsUsedThroughItsAddresses() {
        // the shared model's members, used the way sweep --cluster uses a real cluster
        ClusterTarget target = shared.target();
        List<Task> tasks = MonteCarlo.tasks(Kernel.MONTE_CARLO_SCALAR, 3, 20_000, 1000);
        long[] expected = new SequentialModel(1).run(tasks, 1);
        try (ClusterModel remote = new ClusterModel(2, target)) {
            assertThat(remote.memberPids()).isEmpty();
            assertThat(remote.run(tasks, 2)).containsExactly(expected);
        }
        try (ClusterModel one = new ClusterModel(1, target)) {
            assertThat(one.run(tasks, 1)).containsExactly(expected);
        }
        // the members' executors, counted the way sweep --cluster counts a real cluster's
        try (ClusterModel all = new ClusterModel(WORKERS, target)) {
            assertThat(all.run(tasks, 3)).containsExactly(expected);
        }
        assertThatThrownBy(() -> new ClusterModel(WORKERS + 1, target)).isInstanceOf(ModelException.class)
                .hasMessageContaining("6 executor threads in all, fewer than the 7 workers");
    }
}
