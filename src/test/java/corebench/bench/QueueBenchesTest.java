package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.worker.NoLeakedProcessesExtension;
import corebench.workload.PingPong;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The queue and ping-pong benchmarks' own code, called directly, and through JMH itself at tiny sizes. */
@ExtendWith(NoLeakedProcessesExtension.class)
class QueueBenchesTest {

    @Test
    void queueRunsAndChecksEveryTask() {
        QueueBench bench = queue("process-pool", "own", 0);
        try {
            assertThat(bench.putAndJoin(new Work.Tasks())).hasSize(50);
            assertThat(bench.putAndJoin(new Work.Tasks())).hasSize(50);
        } finally {
            bench.stopConsumers();
        }
    }

    @Test
    void pingPongRunsAndCountsItsRoundTrips() throws Exception {
        for (String[] modelAndMechanism : new String[][] {{"virtual", "exchanger"}, {"process-pool", "shared-memory"}}) {
            PingPongBench bench = pingPong(modelAndMechanism[0], modelAndMechanism[1]);
            try {
                assertThat(bench.roundTrips(new Work.RoundTrips())).isEqualTo(100);
            } finally {
                bench.stopParties();
            }
        }
    }

    @Test
    void combinationsTheWorkloadsRuleOutAreRefusedWithTheReason() {
        assertThatThrownBy(() -> queue("sequential", "linked", 16)).hasMessageStartingWith("not run: no long-lived consumers");
        assertThatThrownBy(() -> queue("virtual", "synchronous", 0)).hasMessageStartingWith("not run: synchronous is always bounded");
        assertThatThrownBy(() -> pingPong("platform-pool", "pipe")).hasMessageStartingWith("not run: pipe hands over between two JVMs");
        PingPongBench threeParties = new PingPongBench();
        threeParties.mechanism = "park";
        threeParties.model = "virtual";
        threeParties.workers = 2;
        assertThatThrownBy(threeParties::startParties).hasMessageContaining("workers is 1");
    }

    @Test
    void jmhRunsBothBenchmarks() throws Exception {
        System.setProperty("jmh.ignoreLock", "true"); // in this JVM, past JMH's machine-wide lock other runs may hold
        Options options = new OptionsBuilder().include(QueueBench.class.getName() + ".putAndJoin|" + PingPongBench.class.getName() + ".roundTrips")
                .param("model", "platform-pool").param("workers", "1").param("tasks", "100").param("taskSamples", "500")
                .param("queue", "synchronous").param("capacity", "16").param("mechanism", "park").param("rounds", "200")
                .forks(0).warmupIterations(1).measurementIterations(2)
                .warmupTime(TimeValue.milliseconds(100)).measurementTime(TimeValue.milliseconds(100))
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    private static QueueBench queue(String model, String queue, int capacity) {
        QueueBench bench = new QueueBench();
        bench.model = model;
        bench.workers = 2;
        bench.queue = queue;
        bench.capacity = capacity;
        bench.tasks = 50;
        bench.taskSamples = 1000;
        bench.seed = 1;
        bench.createModel();
        bench.startConsumers();
        return bench;
    }

    private static PingPongBench pingPong(String model, String mechanism) throws Exception {
        PingPongBench bench = new PingPongBench();
        bench.model = model;
        bench.workers = 1;
        bench.mechanism = mechanism;
        bench.rounds = 100;
        bench.createModel();
        bench.startParties();
        return bench;
    }

    @Test
    void mechanismsRunOnlyWhereTheyHandOver() {
        assertThat(PingPongBench.limitation("virtual", PingPong.Mechanism.PARK)).isEmpty();
        assertThat(PingPongBench.limitation("process-pool", PingPong.Mechanism.PIPE)).isEmpty();
        assertThat(PingPongBench.limitation("process-pool", PingPong.Mechanism.EXCHANGER)).get().asString().contains("not between JVMs");
        assertThat(PingPongBench.limitation("platform-pool", PingPong.Mechanism.SHARED_MEMORY)).get().asString().contains("process-pool");
        assertThat(PingPongBench.limitation("cluster", PingPong.Mechanism.PIPE)).isPresent();
        assertThatThrownBy(() -> PingPong.Mechanism.byId("smoke")).hasMessageContaining("mechanisms are");
    }
}
