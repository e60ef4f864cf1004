package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A neighbour that burns a CPU of a 2-core step (a real busy process on the step's first CPU) during the sweep's
 * first round: the forks it hit are set aside with what the machine delivered and measured again in a later round,
 * never averaged in (issue 21). It is also the real sweep in two planned rounds: forks merged across rounds, each
 * round's noise record ({@link EndToEndSweepTest} sweeps every model in one).
 */
class NeighbourIsCaughtTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private final List<Process> started = new ArrayList<>();

    @Test
    void theForksABusyNeighbourHitAreSetAsideAndMeasuredAgain() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs a 2-core step");
        // bounded by timeout(1) too, so that it cannot outlive a test JVM that dies
        Process neighbour = new ProcessBuilder("timeout", "600", "taskset", "-c", "0", "sh", "-c", "while :; do :; done")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(neighbour);
        Path out = tmp.resolve("results");
        Path log = tmp.resolve("sweep.log");
        // --quick: Monte Carlo's one strong-scaling run, where the default plan has three
        Process sweep = CorebenchProcess.start(log, tmp, "sweep", "--quick", "--workloads", "montecarlo", "--models", "platform-pool",
                "--cores", "2", "--no-oversubscription", "--rounds", "2", "--headline-rounds", "2", "--warmup-iterations", "1",
                "--warmup-time", "100", "--iterations", "3", "--time", "100", "-P", "samples=262144", "--out", out.toString());
        started.add(sweep);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (sweep.isAlive() && !Files.readString(log).contains("[round 2") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        neighbour.descendants().forEach(ProcessHandle::destroy);
        neighbour.destroy();
        assertThat(sweep.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(log);
        assertThat(sweep.exitValue()).as(console).isZero();
        assertThat(console).contains("set aside, measured again in a later round", ", round 1: ", "[round 1 of 2]",
                "[round 2 of 2]");

        Path run;
        try (Stream<Path> s = Files.find(out, 3, (f, a) -> f.getFileName().toString().equals("jmh.json"))) {
            run = s.findFirst().orElseThrow().getParent();
        }
        JsonNode results = JSON.readTree(run.resolve("jmh.json").toFile());
        assertThat(results).isNotEmpty();
        for (JsonNode r : results) {
            // round 1's fork is kept apart with the reason, and never in rawData
            assertThat(r.path("setAside").findValuesAsText("round")).contains("1");
            assertThat(r.at("/setAside/0/reason").asText()).isNotBlank();
            List<Integer> counted = new ArrayList<>();
            r.path("rounds").forEach(n -> counted.add(n.asInt()));
            assertThat(counted).doesNotContain(1).hasSize(r.at("/primaryMetric/rawData").size()).hasSize(r.get("forks").asInt());
            // forks merged across rounds: both planned rounds measured it, and the secondary metrics come from the forks
            // the score does (the set-aside ones when none was counted)
            int aside = r.path("setAside").size();
            assertThat(counted.size() + aside).isGreaterThanOrEqualTo(2);
            assertThat(r.at("/secondaryMetrics/capacityBefore/rawData").size()).isEqualTo(counted.isEmpty() ? aside : counted.size());
        }
        // a noise record of each round's JMH run
        List<Integer> noiseRounds = new ArrayList<>();
        JSON.readTree(run.resolve("noise.json").toFile()).path("steps").forEach(n -> noiseRounds.add(n.path("round").asInt()));
        assertThat(noiseRounds).contains(1, 2);
        assertThat(JSON.readTree(run.resolve("machine.json").toFile()).at("/rounds/completed").asInt()).isGreaterThanOrEqualTo(2);
    }

    @AfterEach
    void noProcessLeftBehind() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }
}
