package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.cluster.ClusterDescription;
import corebench.cluster.MemberDescription;
import corebench.format.HardwareEvents;
import corebench.format.RoundsDone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    @TempDir
    Path tmp;

    @Test
    void twoRunsInTheSameSecondNeverShareAFolder() throws IOException {
        Instant now = Instant.parse("2026-11-21T10:15:00Z");
        RunFolder a = RunFolder.create(tmp, "m-2cpu", now);
        Files.writeString(a.dir().resolve("marker"), "first");
        RunFolder b = RunFolder.create(tmp, "m-2cpu", now);
        assertThat(a.dir().getFileName().toString()).isEqualTo("20261121T101500Z");
        assertThat(b.dir()).isNotEqualTo(a.dir());
        assertThat(a.dir().resolve("marker")).hasContent("first");
        assertThat(b.dir()).isEmptyDirectory();
    }

    @Test
    void mergesStepResultsInPlanOrderAndLeavesNoTemporaryFiles() throws IOException {
        RunFolder f = RunFolder.create(tmp, "m", Instant.now());
        JmhRun run = new JmhRun("r", "montecarlo", "corebench.bench.MonteCarloBench.pi", Map.of("model", List.of("sequential")));
        SweepPlan.Step one = new SweepPlan.Step(1, "0", List.of(run));
        SweepPlan.Step two = new SweepPlan.Step(2, "0,1", List.of(run));
        SweepPlan plan = new SweepPlan("t", SweepPipeline.QUICK, List.of(one, two), List.of(), null);
        RunFolder.writeAtomically(f.roundResult(two, run, 1), result(2.0));
        assertThat(f.mergeResults(plan)).isEqualTo(1);
        RunFolder.writeAtomically(f.roundResult(one, run, 1), result(1.0));
        assertThat(f.mergeResults(plan)).isEqualTo(2);
        assertThat(Files.readString(f.jmhJson())).containsSubsequence("1.0", "2.0");
        try (var files = Files.walk(f.dir())) {
            assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /** One MonteCarloBench.pi result with this score, as JMH writes it. */
    private static byte[] result(double score) {
        return ("[{\"benchmark\":\"corebench.bench.MonteCarloBench.pi\",\"primaryMetric\":{\"score\":" + score
                + ",\"rawData\":[[" + score + "," + score + "," + score + "]]}}]").getBytes();
    }

    private static SweepPlan onePlan(SweepPlan.Step step) {
        return new SweepPlan("t", SweepPipeline.QUICK, List.of(step), List.of(), null);
    }

    @Test
    void unusableStepFilesAreLeftOutOfJmhJson() throws IOException {
        RunFolder f = RunFolder.create(tmp, "m", Instant.now());
        JmhRun run = new JmhRun("r", "montecarlo", "corebench.bench.MonteCarloBench.pi", Map.of("model", List.of("sequential")));
        SweepPlan.Step one = new SweepPlan.Step(1, "0", List.of(run));
        for (String bad : List.of("", "[{\"benchmark\":\"corebench.bench.MonteCarloBench.pi\",\"prim", "[]",
                "[{\"benchmark\":\"other\",\"primaryMetric\":{\"score\":1}}]", "{}")) {
            RunFolder.writeAtomically(f.roundResult(one, run, 1), bad.getBytes());
            assertThat(f.mergeResults(onePlan(one))).as(bad).isZero();
            assertThat(f.measured(onePlan(one))).as(bad).isZero();
        }
        assertThat(f.jmhJson()).as("no jmh.json while nothing was measured").doesNotExist();
    }

    @Test
    void jmhJsonIsNeverRebuiltFromFewerResultsThanItHolds() throws IOException {
        RunFolder f = RunFolder.create(tmp, "m", Instant.now());
        JmhRun run = new JmhRun("r", "montecarlo", "corebench.bench.MonteCarloBench.pi", Map.of("model", List.of("sequential")));
        SweepPlan plan = onePlan(new SweepPlan.Step(1, "0", List.of(run)));
        String committed = "[{\"benchmark\":\"a\"},{\"benchmark\":\"b\"}]";
        Files.writeString(f.jmhJson(), committed);
        assertThat(f.mergeResults(plan)).isEqualTo(2);
        assertThatThrownBy(f::checkResumable).hasMessageContaining("its jmh.json holds 2 results and it has no step files");
        assertThat(f.jmhJson()).hasContent(committed);
    }

    @Test
    void theRoundsRecordReadsBackAndAnOlderPrecisionRecordIsIgnored() throws IOException {
        RunFolder f = RunFolder.create(tmp, "m", Instant.now());
        RunManifest manifest = new RunManifest(RunManifest.SCHEMA, 2, "m", null, null, null, null, null, null, null,
                "corebench sweep", new SweepPlan("t", SweepPipeline.DEFAULT, List.of(), List.of(), null),
                "2026-12-01T09:00:00Z", null, "running", List.of(), null, null, null);
        assertThat(manifest.roundsOrNone()).isEqualTo(new RoundsDone(2, 0, 0, 0));
        RoundsDone done = new RoundsDone(2, 6, 4, 312.5);
        f.writeManifest(manifest.withRounds(done));
        assertThat(f.readManifest().rounds()).isEqualTo(done);
        HardwareEvents absent = HardwareEvents.absent("perf: cycles <not supported>");
        f.writeManifest(manifest.withRounds(done).withHardwareEvents(absent));
        assertThat(f.readManifest().hardwareEvents()).isEqualTo(absent);
        // machine.json of a run made before rounds: its precision record is not read, the run still resumes
        String old = Files.readString(f.manifestFile()).replace("\"rounds\"", "\"precision\"");
        Files.writeString(f.manifestFile(), old);
        assertThat(f.readManifest().rounds()).isNull();
        assertThat(f.readManifest().plan().jmh()).isEqualTo(SweepPipeline.DEFAULT);
    }

    @Test
    void aClusterRunsManifestReadsBackWithItsMembersSoThatResumeFindsTheCluster() throws IOException {
        RunFolder f = RunFolder.create(tmp, "m", Instant.now());
        ClusterDescription cluster = new ClusterDescription("lab", List.of("10.0.0.5:5701"), 1, 8, List.of(
                new MemberDescription("10.0.0.5:5701", 8, 8, "Some CPU", 8, 16, "Linux 6.1 amd64", "Temurin 25")));
        RunManifest manifest = new RunManifest(RunManifest.SCHEMA, 2, "m", null, null, null, null, null, null, null,
                "corebench sweep --cluster 10.0.0.5:5701", new SweepPlan("t", SweepPipeline.QUICK, List.of(), List.of(), null),
                "2026-11-21T10:15:00Z", null, "running", List.of(), null, null, null).withCluster(cluster);
        f.writeManifest(manifest);
        RunManifest read = f.readManifest();
        assertThat(read.cluster()).isEqualTo(cluster);
        assertThat(read.cluster().target().systemProperties())
                .containsExactly("-Dcorebench.cluster.members=10.0.0.5:5701", "-Dcorebench.cluster.name=lab");
        assertThat(Files.readString(f.manifestFile())).doesNotContain("\"target\"");
    }

    @Test
    void aFolderWithoutMachineJsonIsNotARunFolder() throws IOException {
        assertThatThrownBy(() -> RunFolder.existing(tmp.resolve("missing"))).hasMessageContaining("no such run folder");
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertThatThrownBy(() -> RunFolder.existing(empty)).hasMessageContaining("no machine.json");
    }

    @Test
    void machineIdsAreReadableSlugs() {
        assertThat(MachineInfo.machineId("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", 80)).isEqualTo("intel-xeon-gold-6248-80cpu");
        assertThat(MachineInfo.machineId("AMD EPYC 7763 64-Core Processor", 128)).isEqualTo("amd-epyc-7763-128cpu");
        assertThat(MachineInfo.machineId("Apple M2", 8)).isEqualTo("apple-m2-8cpu");
        assertThat(MachineInfo.machineId("???", 4)).isEqualTo("unknown-4cpu");
    }

    /**
     * Issue 22.12: on main machine.json and jmh.json were written 0600 (a temp file's permissions) beside a 0644
     * run.log; now every file of the run follows the user's umask, and no temporary file is left.
     */
    @Test
    void filesWrittenAtomicallyGetTheUmasksPermissionsLikeTheLog() throws IOException {
        RunFolder folder = RunFolder.create(tmp, "m", Instant.parse("2026-01-01T00:00:00Z"));
        Files.writeString(folder.log(), "log\n");
        RunFolder.writeAtomically(folder.manifestFile(), "{}".getBytes());
        RunFolder.writeAtomically(folder.manifestFile(), "{\"a\":1}".getBytes());
        assertThat(Files.getPosixFilePermissions(folder.manifestFile())).isEqualTo(Files.getPosixFilePermissions(folder.log()));
        assertThat(folder.manifestFile()).hasContent("{\"a\":1}");
        try (var files = Files.list(folder.dir())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("machine.json", "run.log");
        }
    }
}
