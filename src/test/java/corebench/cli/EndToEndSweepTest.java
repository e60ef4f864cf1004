package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.model.ModelKind;
import corebench.model.Models;
import corebench.sweep.SweepLock;
import corebench.sweep.SweepPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline at tiny size: the real CLI in a child JVM runs real JMH forks (and child worker
 * JVMs) at every core count of this machine, then resumes, then is interrupted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndSweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The quick plan with the shortest measurements that still give JMH two iterations, in one round. Its
     * oversubscribed points stay: their 2-benchmark step is the one the resume test measures again. Rounds (a second
     * round, forks merged across rounds) are {@link NeighbourIsCaughtTest}'s.
     */
    private static final String[] TINY = {"sweep", "--quick", "--workloads", "montecarlo", "--warmup-iterations", "1",
            "--warmup-time", "50", "--iterations", "2", "--time", "50", "-P", "samples=262144", "--rounds", "1",
            "--headline-rounds", "1"};

    @TempDir
    static Path tmp;
    private final List<ProcessHandle> started = new ArrayList<>();

    @Test
    @Order(1)
    void aTinySweepWritesACompleteResultsFolderForEveryModel() throws Exception {
        Path out = tmp.resolve("results");
        Process p = run(tmp.resolve("sweep.log"), args(TINY, "--out", out.toString()));
        String log = Files.readString(tmp.resolve("sweep.log"));
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("[round 1 of 1]", "sweep complete", "next: scripts/corebench report");

        Path run = onlyRun(out);
        JsonNode results = JSON.readTree(run.resolve("jmh.json").toFile());
        Set<String> models = new HashSet<>();
        Set<String> cores = new HashSet<>();
        for (JsonNode r : results) {
            assertThat(r.get("benchmark").asText()).isEqualTo("corebench.bench.MonteCarloBench.pi");
            assertThat(r.at("/primaryMetric/score").asDouble()).isPositive();
            models.add(r.at("/params/model").asText());
            cores.add(r.at("/params/cores").asText());
        }
        assertThat(models).containsExactlyInAnyOrderElementsOf(Models.ids());
        // one fork in the planned round, each counted fork's round beside it and each fork's delivered capacity probed; a
        // fork set aside is kept apart, not in rawData
        for (JsonNode r : results) {
            int aside = r.path("setAside").size();
            int counted = r.at("/primaryMetric/rawData").size();
            // a run with a fork set aside is measured again in a later round, each of its benchmarks with it
            assertThat(counted).isEqualTo(r.get("forks").asInt()).isEqualTo(r.get("rounds").size());
            assertThat(counted + aside).as("%s", r.get("params")).isGreaterThanOrEqualTo(1);
            // the secondary metrics come from the forks the score does: the set-aside ones when none was counted
            assertThat(r.at("/secondaryMetrics/capacityBefore/rawData").size()).isEqualTo(counted == 0 ? aside : counted);
        }
        JsonNode noise = JSON.readTree(run.resolve("noise.json").toFile());
        // one record per JMH run of each round
        assertThat(noise.get("steps").size()).isGreaterThanOrEqualTo(cores.size());
        assertThat(noise.at("/steps/0/otherCpuPercent").isNumber()).isTrue();
        assertThat(noise.at("/steps/0/round").asInt()).isEqualTo(1);
        assertThat(noise.at("/steps/0/run").asText()).startsWith("montecarlo-");
        // 1 planned, and more for the runs with a fork set aside (a neighbour while it ran)
        assertThat(JSON.readTree(run.resolve("machine.json").toFile()).at("/rounds/completed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(cores).hasSize(SweepPipeline.coreCounts(Runtime.getRuntime().availableProcessors()).size());

        JsonNode machine = JSON.readTree(run.resolve("machine.json").toFile());
        assertThat(machine.get("status").asText()).isEqualTo("complete");
        for (String field : List.of("/machineId", "/cpu/model", "/cpu/logicalCores", "/cpu/physicalCores", "/cpu/sockets",
                "/cpu/caches", "/memory/totalBytes", "/os/family", "/os/kernel", "/jvm/vendor", "/jvm/version",
                "/corebench/revision", "/corebench/dirty", "/command", "/plan/steps", "/plan/jmh/forks",
                "/cpuRestriction/available", "/startedUtc", "/finishedUtc")) {
            assertThat(machine.at(field).isMissingNode() || machine.at(field).isNull()).as(field).isFalse();
        }
        assertThat(machine.at("/command").asText()).contains("sweep", "--quick");
        assertThat(run.resolve("run.log")).isNotEmptyFile();
        // every counted fork records where its CPU time went, on the step's CPUs (issue 24); a result whose every fork
        // was set aside (a busy machine) has no counted rows and is not claimed
        for (JsonNode r : results) {
            if (r.at("/primaryMetric/rawData").isEmpty()) {
                assertThat(r.get("claimed").asBoolean(true)).as("%s", r.get("params")).isFalse();
                continue;
            }
            JsonNode secondary = r.get("secondaryMetrics");
            for (String metric : List.of("userMs", "systemMs", "gcCpuMs", "jitCpuMs", "vmThreadCpuMs", "childGcCpuMs",
                    "childJitCpuMs", "safepointMs", "safepoints", "gcPauseMs", "gcCount",
                    "jitMs", "voluntarySwitches", "involuntarySwitches", "migrations", "minorFaults", "majorFaults",
                    "stepCpuBusyMs", "stepCpuIdleMs", "stepCpuStealMs", "stepCpuCount")) {
                assertThat(secondary.at("/" + metric + "/rawData/0/0").isNumber()).as("%s of %s: %s", metric, r.get("params"),
                        secondary.get(metric)).isTrue();
            }
            if (machine.at("/cpuRestriction/available").asBoolean()) {
                assertThat(secondary.at("/stepCpuCount/rawData/0/0").asInt()).isEqualTo(r.at("/params/cores").asInt());
            }
        }
    }

    @Test
    @Order(2)
    void resumeRerunsOnlyTheMissingSteps() throws Exception {
        Path run = onlyRun(tmp.resolve("results"));
        List<Path> steps;
        try (Stream<Path> s = Files.walk(run.resolve("steps"))) {
            steps = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        // round 1's result of the run with the fewest benchmarks: resuming is what is tested, not measuring them again
        Path removed = steps.stream().filter(f -> !f.getFileName().toString().contains(".round-"))
                .min(Comparator.comparingInt(EndToEndSweepTest::results)).orElseThrow();
        int missing = results(removed);
        Files.delete(removed);

        Process p = run(tmp.resolve("resume.log"), "sweep", "--resume", run.toString());
        String log = Files.readString(tmp.resolve("resume.log"));
        assertThat(p.exitValue()).as(log).isZero();
        // no round is added to the plan; a fork set aside in the resumed step is measured again in a later round
        assertThat(log).contains("[round 1 of 1]").doesNotContain("[round 2 of");
        // round 1 measures the removed result's benchmarks and nothing else
        assertThat(log.lines().filter(l -> l.startsWith("  [1."))).as(log).hasSize(missing);
        assertThat(removed).exists();
        assertThat(onlyRun(tmp.resolve("results"))).isEqualTo(run);
        assertThat(JSON.readTree(run.resolve("machine.json").toFile()).get("status").asText()).isEqualTo("complete");
    }

    @Test
    @Order(3)
    void anInterruptedSweepKeepsFinishedStepsAndLeavesNoProcess() throws Exception {
        Path out = tmp.resolve("interrupted");
        // longer iterations than TINY, so that the interruption lands in the middle of the sweep; two models, one
        // with child JVMs, so that the first step result comes soon and the kill has worker JVMs to take down
        Process p = CorebenchProcess.start(tmp.resolve("interrupt.log"), tmp, "sweep", "--quick", "--out", out.toString(),
                "--workloads", "montecarlo", "--models", "sequential,process-pool", "--warmup-iterations", "1",
                "--iterations", "2", "-P", "samples=262144");
        started.add(p.toHandle());
        Path stepFile = waitForFirstStepResult(out, p, tmp.resolve("interrupt.log"));
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        p.destroy(); // SIGTERM, as Ctrl-C would: the shutdown hook stops JMH and its children
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (ProcessHandle h : tree) {
            h.onExit().get(10, TimeUnit.SECONDS);
        }
        // processes orphaned by the kill are no longer our descendants: look for them machine-wide
        assertThat(processesMentioning(tmp)).as("JVMs of the interrupted sweep still running").isEmpty();
        Path run = onlyRun(out);
        assertThat(stepFile).exists();
        assertThat(JSON.readTree(run.resolve("machine.json").toFile()).get("status").asText()).isEqualTo("interrupted");
        assertThat(JSON.readTree(run.resolve("jmh.json").toFile()).size()).isPositive();
        assertThat(Files.readString(tmp.resolve("interrupt.log"))).contains("resume with: scripts/corebench sweep --resume");
    }

    @Test
    @Order(4)
    void aSecondSweepWhileOneRunsIsToldSoAndWritesNothing() throws Exception {
        Path out = tmp.resolve("second");
        // the lock is a real OS file lock, so the child JVM sees this test JVM as the running sweep
        try (var running = SweepLock.acquire(tmp, "the first sweep")) {
            Process p = run(tmp.resolve("second.log"), args(TINY, "--out", out.toString()));
            assertThat(p.exitValue()).isNotZero();
        }
        assertThat(Files.readString(tmp.resolve("second.log")))
                .contains("another corebench sweep is running", "the first sweep").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @AfterEach
    void noProcessLeftBehind() {
        List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertThat(alive).as("processes left behind").isEmpty();
    }

    /** Live processes whose command line names {@code dir} (the JMH JVMs get it as java.io.tmpdir). */
    private static List<String> processesMentioning(Path dir) throws InterruptedException {
        List<String> found = List.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            found = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().orElse("").contains(dir.toString()))
                    .map(h -> h.pid() + " " + h.info().commandLine().orElse("")).toList();
            if (found.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return found;
    }

    private Process run(Path log, String... args) throws IOException, InterruptedException {
        return CorebenchProcess.runToEnd(List.of(), log, tmp, 5, args);
    }

    private static Path waitForFirstStepResult(Path out, Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> s = Files.walk(out)) {
                    var found = s.filter(f -> f.toString().endsWith(".json") && f.getParent().getFileName().toString().startsWith("cores-")).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no step finished; sweep alive: " + p.isAlive() + "\n" + Files.readString(log));
    }

    private static int results(Path stepResult) {
        try {
            return JSON.readTree(stepResult.toFile()).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyRun(Path out) throws IOException {
        try (Stream<Path> s = Files.find(out, 2, (f, a) -> Files.isRegularFile(f.resolve("machine.json")))) {
            List<Path> runs = s.toList();
            assertThat(runs).hasSize(1);
            return runs.get(0);
        }
    }

    private static String[] args(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }
}
