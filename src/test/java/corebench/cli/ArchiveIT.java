package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.sweep.BuildInfo;
import corebench.sweep.RunManifest;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive as a user gets it ({@code mvn package}'s {@code target/corebench-<version>-linux-x64.tar.gz}, so
 * Failsafe runs this after {@code package}): unpacked into an empty folder and run with an empty environment
 * ({@code env -i}) whose only {@code java} on PATH and JAVA_HOME are traps that record any call, it runs a tiny
 * sweep with child JVMs and cluster members, and the report of it, from its own runtime alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INCUBATOR_WARNING = "Using incubator modules";

    @TempDir
    static Path tmp;
    private static Path home;
    private static String archiveName;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = theArchive();
        String file = archive.getFileName().toString();
        archiveName = file.substring(0, file.length() - ".tar.gz".length());
        Path unpacked = Files.createDirectories(tmp.resolve("box"));
        assertThat(run(List.of("tar", "xzf", archive.toAbsolutePath().toString(), "-C", unpacked.toString()),
                tmp.resolve("tar.log"), 2).exitValue()).isZero();
        home = unpacked.resolve(archiveName);
        // a java on PATH and a JAVA_HOME that leave a mark if anything calls them
        Path trap = Files.createDirectories(tmp.resolve("trap/bin"));
        Path java = trap.resolve("java");
        Files.writeString(java, "#!/bin/sh\ntouch '" + tmp.resolve("host-java-used") + "'\nexit 97\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    @Order(1)
    void helpStartsWithoutTheVectorModule() throws Exception {
        Path log = tmp.resolve("help.log");
        assertThat(corebench(log, 2, "--help").exitValue()).isZero();
        assertThat(Files.readString(log)).contains("Usage: corebench").doesNotContain(INCUBATOR_WARNING);
    }

    @Test
    @Order(2)
    void aTinySweepAndItsReportRunFromTheArchiveAlone() throws Exception {
        Path out = tmp.resolve("results");
        Path sweepLog = tmp.resolve("sweep.log");
        Process sweep = corebench(sweepLog, 10, "sweep", "--workloads", "montecarlo", "--models", "process-pool,cluster",
                "--cores", "1", "--no-oversubscription", "--rounds", "1", "--headline-rounds", "1", "--warmup-iterations", "1",
                "--warmup-time", "50", "--iterations", "2", "--time", "50", "-P", "samples=262144", "--out", out.toString());
        String log = Files.readString(sweepLog);
        assertThat(sweep.exitValue()).as(log).isZero();
        assertThat(log).contains("sweep complete", "next: ./corebench report");

        Path run;
        try (Stream<Path> runs = Files.list(Files.list(out).findFirst().orElseThrow())) {
            run = runs.findFirst().orElseThrow();
        }
        // the results format of scripts/corebench and mvn verify: the same files, the same machine.json fields
        try (Stream<Path> files = Files.list(run)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("jmh.json", "machine.json", "run.log", "noise.json", "steps");
        }
        JsonNode machine = JSON.readTree(run.resolve("machine.json").toFile());
        assertThat(fieldNames(machine)).containsExactlyInAnyOrderElementsOf(componentNames(RunManifest.class));
        assertThat(fieldNames(machine.get("corebench"))).containsExactlyInAnyOrderElementsOf(componentNames(BuildInfo.class));
        assertThat(machine.get("status").asText()).isEqualTo("complete");
        assertThat(machine.at("/corebench/archive").asText()).isEqualTo(archiveName);
        assertThat(machine.at("/corebench/revision").asText()).isNotEqualTo("unknown");
        String runtime = home.resolve("runtime").toRealPath().toString();
        assertThat(machine.at("/jvm/home").asText()).isEqualTo(runtime);
        JsonNode results = JSON.readTree(run.resolve("jmh.json").toFile());
        List<String> models = new ArrayList<>();
        for (JsonNode r : results) {
            // JMH's forks ran on the archive's java, and every result is a real measurement
            assertThat(r.get("jvm").asText()).isEqualTo(runtime + "/bin/java");
            assertThat(r.at("/primaryMetric/score").asDouble()).isPositive();
            models.add(r.at("/params/model").asText());
        }
        assertThat(models).contains("process-pool", "cluster");

        Path charts = tmp.resolve("charts");
        Path reportLog = tmp.resolve("report.log");
        Process report = corebench(reportLog, 5, "report", "--out", charts.toString(), run.toString());
        String reportText = Files.readString(reportLog);
        assertThat(report.exitValue()).as(reportText).isZero();
        assertThat(reportText).doesNotContain(INCUBATOR_WARNING);
        assertThat(charts.resolve("index.html")).isNotEmptyFile();
        assertThat(charts.resolve("summary.md")).isNotEmptyFile();
        try (Stream<Path> files = Files.list(charts)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png"))).isNotEmpty();
        }
    }

    @Test
    @Order(3)
    void nothingIsLeftRunningAndNothingCalledTheHostsJava() throws Exception {
        assertThat(MarkedProcesses.secondsUntilNoneLeft(home.toString(), 10)).as("JVMs of the archive still running")
                .isNotNegative();
        assertThat(tmp.resolve("host-java-used")).doesNotExist();
    }

    /** Runs the archive's launcher with {@code env -i}: a trap java first on PATH, JAVA_HOME a trap too. */
    private static Process corebench(Path log, int minutes, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("env", "-i", "HOME=" + tmp, "PATH=" + tmp.resolve("trap/bin") + ":/usr/bin:/bin",
                "JAVA_HOME=" + tmp.resolve("trap"), "COREBENCH_JAVA_OPTS=-Djava.io.tmpdir=" + tmp + " -Dcorebench.lockRoot=" + tmp,
                home.resolve("corebench").toString()));
        cmd.addAll(List.of(args));
        return run(cmd, log, minutes);
    }

    private static Process run(List<String> cmd, Path log, int minutes) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish in " + minutes + " minutes:\n"
                    + Files.readString(log));
        }
        return p;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Path theArchive() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> target = Files.newDirectoryStream(Path.of("target"), "corebench-*-linux-x64.tar.gz")) {
            target.forEach(found::add);
        }
        assertThat(found).as("the archive of `mvn package` in target/").hasSize(1);
        return found.get(0);
    }
}
