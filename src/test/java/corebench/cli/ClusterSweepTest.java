package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.worker.NoLeakedProcessesExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "real cluster" on loopback: {@code corebench member} in one JVM, {@code corebench sweep --cluster} in
 * another, through the real entry point. The sweep's benchmark forks must use that member (not start their
 * own) and machine.json must describe it.
 */
@ExtendWith(NoLeakedProcessesExtension.class)
class ClusterSweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aSweepOnARealClusterRunsTheClusterModelThereAndRecordsItsMembers() throws Exception {
        String name = "test-" + UUID.randomUUID();
        String address = "127.0.0.1:" + freePort();
        Path memberLog = tmp.resolve("member.log");
        Process member = CorebenchProcess.start(memberLog, tmp, "member", "--address", address, "--cluster-name", name, "--threads", "2");
        try {
            waitFor(memberLog, "corebench member of cluster", member);
            Path out = tmp.resolve("results");
            Path sweepLog = tmp.resolve("sweep.log");
            Process sweep = CorebenchProcess.start(sweepLog, tmp, "sweep", "--cluster", address, "--cluster-name", name,
                    "--models", "cluster", "--workloads", "montecarlo", "--quick", "--cores", "1", "--warmup-iterations", "0",
                    "--iterations", "1", "--time", "50", "-P", "samples=65536", "--rounds", "1", "--headline-rounds", "1", "--out", out.toString());
            boolean finished = sweep.waitFor(4, TimeUnit.MINUTES);
            String log = Files.readString(sweepLog);
            assertThat(finished).as(log).isTrue();
            assertThat(sweep.exitValue()).as(log).isZero();
            assertThat(log).contains("cluster '" + name + "': 1 member(s), 2 executor thread(s) in all");

            Path run;
            try (Stream<Path> s = Files.find(out, 2, (f, a) -> Files.isRegularFile(f.resolve("machine.json")))) {
                run = s.findFirst().orElseThrow();
            }
            // the benchmark forks' own words (in the run log): they connected, they started no members
            assertThat(Files.readString(run.resolve("run.log"))).contains("connected to " + name).doesNotContain("loopback member");
            List<String> workers = new ArrayList<>();
            for (JsonNode r : JSON.readTree(run.resolve("jmh.json").toFile())) {
                assertThat(r.at("/params/model").asText()).isEqualTo("cluster");
                workers.add(r.at("/params/workers").asText());
            }
            assertThat(workers).containsExactly("1", "2");
            JsonNode cluster = JSON.readTree(run.resolve("machine.json").toFile()).get("cluster");
            assertThat(cluster.get("name").asText()).isEqualTo(name);
            assertThat(cluster.get("members").asInt()).isEqualTo(1);
            assertThat(cluster.get("executorThreads").asInt()).isEqualTo(2);
            JsonNode m = cluster.get("memberDetails").get(0);
            assertThat(m.get("address").asText()).isEqualTo(address);
            assertThat(m.get("availableProcessors").asInt()).isPositive();
            assertThat(m.get("cpuModel").asText()).isNotBlank();
        } finally {
            member.destroy(); // SIGTERM, as Ctrl-C: Hazelcast's shutdown hook stops the member
            assertThat(member.waitFor(30, TimeUnit.SECONDS)).as("member stopped on SIGTERM").isTrue();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitFor(Path log, String text, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "'; process alive: " + p.isAlive() + "\n"
                + (Files.exists(log) ? Files.readString(log) : ""));
    }
}
