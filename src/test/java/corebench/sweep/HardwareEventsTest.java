package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.format.HardwareEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24.1: hardware events are counted through JMH's {@code perfnorm} only where {@code perf} can count them,
 * and recorded as absent with perf's own reason elsewhere (never as zero). The perf outputs are recorded ones.
 * Issue 24.4: contention runs, and only those, sample false sharing with {@code perf c2c} where the probe found it works.
 */
class HardwareEventsTest {

    /** {@code perf stat -x, -e cycles,instructions,LLC-load-misses -- true} on a machine with a PMU. */
    private static final String SUPPORTED = """
            612345,,cycles,512000,100.00,,
            401234,,instructions,512000,100.00,0.66,insn per cycle
            1234,,LLC-load-misses,512000,100.00,,
            """;
    /** The same on this VM (no PMU). */
    private static final String NOT_SUPPORTED = """
            <not supported>,,cycles,0,100.00,,
            <not supported>,,instructions,0,100.00,,
            <not supported>,,LLC-load-misses,0,100.00,,
            """;
    /** perf_event_paranoid = 3 for an unprivileged user. */
    private static final String REFUSED = """
            Error:
            Access to performance monitoring and observability operations is limited.
            Consider adjusting /proc/sys/kernel/perf_event_paranoid setting to open
            """;

    @Test
    void eventsPerfCountsAreAvailable() {
        assertThat(PerfProbe.parse(0, SUPPORTED)).isEqualTo(HardwareEvents.counted());
    }

    @Test
    void notSupportedEventsAreAbsentWithTheirNames() {
        HardwareEvents events = PerfProbe.parse(0, NOT_SUPPORTED);
        assertThat(events.available()).isFalse();
        assertThat(events.reason()).contains("cycles <not supported>", "LLC-load-misses <not supported>");
        HardwareEvents partly = PerfProbe.parse(0, SUPPORTED.replace("1234,,LLC", "<not counted>,,LLC"));
        assertThat(partly.available()).isFalse();
        assertThat(partly.reason()).contains("LLC-load-misses <not counted>").doesNotContain("cycles");
    }

    @Test
    void aRefusalIsAbsentWithPerfsFirstLine() {
        HardwareEvents events = PerfProbe.parse(255, REFUSED);
        assertThat(events.available()).isFalse();
        assertThat(events.reason()).isEqualTo("perf stat failed (exit 255): Error:");
    }

    /** A fake perf that prints the recorded output: the probe runs it, reads it whole and leaves no file behind. */
    @Test
    void theProbeRunsPerfAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Path perf = dir.resolve("perf");
        Files.writeString(perf, "#!/bin/sh\ncat <<'EOF'\n" + SUPPORTED + "EOF\n");
        assertThat(perf.toFile().setExecutable(true)).isTrue();
        List<Path> before = perfOutputFiles();
        assertThat(PerfProbe.probe(List.of(perf.toString()))).isEqualTo(HardwareEvents.counted());
        assertThat(perfOutputFiles()).containsExactlyElementsOf(before);
    }

    /** The temporary files of perf's output ({@code PerfRun}) in this JVM's temporary folder. */
    private static List<Path> perfOutputFiles() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("corebench-perf")).sorted().toList();
        }
    }

    @Test
    void noPerfBinaryIsAbsent() {
        // "perf" not on an empty PATH: the probe's own start fails
        assertThat(PerfProbe.probe(List.of("/nonexistent/perf")).reason()).startsWith("perf: not installed");
    }

    @Test
    void theForksCountEventsPerOperationOnlyWhereTheyAreAvailable() {
        SweepPlan.Step step = new SweepPlan.Step(1, "0", List.of());
        JmhRun run = new JmhRun("r", "clock", "corebench.bench.ClockBench.chain", Map.of());
        List<String> counted = new JmhLauncher("java", "cp", CpuRestriction.probe(), List.of(),
                HardwareEvents.counted()).command(step, run, SweepPipeline.QUICK, Path.of("r.json"));
        assertThat(counted).containsSubsequence("-prof", "perfnorm:events=cycles,instructions,LLC-load-misses");
        List<String> absent = new JmhLauncher("java", "cp", CpuRestriction.probe(), List.of(),
                HardwareEvents.absent("perf: cycles <not supported>")).command(step, run, SweepPipeline.QUICK, Path.of("r.json"));
        assertThat(absent).noneMatch(a -> a.startsWith("perfnorm"));
    }

    @Test
    void onlyContentionRunsSampleFalseSharingAndOnlyWherePerfC2cWorks() {
        SweepPlan.Step step = new SweepPlan.Step(2, "0-1", List.of());
        JmhRun contention = new JmhRun("contention-all", "contention", "corebench.bench.ContentionBench.add",
                Map.of("strategy", List.of("atomic", "partials")));
        JmhRun clock = new JmhRun("r", "clock", "corebench.bench.ClockBench.chain", Map.of());
        HardwareEvents works = HardwareEvents.counted().withC2c(new HardwareEvents.CacheToCache(true, null));
        HardwareEvents not = HardwareEvents.counted().withC2c(new HardwareEvents.CacheToCache(false, "failed: memory events not supported"));
        assertThat(launcher(works).command(step, contention, SweepPipeline.QUICK, Path.of("r.json"))).containsSubsequence("-prof", "corebench.bench.PerfC2c");
        assertThat(launcher(works).command(step, clock, SweepPipeline.QUICK, Path.of("r.json"))).doesNotContain("corebench.bench.PerfC2c");
        assertThat(launcher(not).command(step, contention, SweepPipeline.QUICK, Path.of("r.json"))).doesNotContain("corebench.bench.PerfC2c");
        assertThat(launcher(HardwareEvents.counted()).command(step, contention, SweepPipeline.QUICK, Path.of("r.json")))
                .doesNotContain("corebench.bench.PerfC2c");
    }

    @Test
    void machineJsonKeepsThePerfC2cProbeBesideTheEvents() throws Exception {
        HardwareEvents events = HardwareEvents.absent("perf: cycles <not supported>")
                .withC2c(new HardwareEvents.CacheToCache(false, "perf c2c record failed (exit 255): failed: memory events not supported"));
        String json = RunFolder.JSON.writeValueAsString(events);
        assertThat(json.replaceAll("\\s", "")).contains("\"available\":false,\"reason\":\"perf:cycles<notsupported>\"",
                "\"c2c\":{\"available\":false,\"reason\":\"perfc2crecordfailed(exit255):failed:memoryeventsnotsupported\"}");
        assertThat(RunFolder.JSON.readValue(json, HardwareEvents.class)).isEqualTo(events);
        // a machine.json written before the c2c probe reads as not probed
        assertThat(RunFolder.JSON.readValue("{\"available\":true,\"reason\":null}", HardwareEvents.class).c2c()).isNull();
    }

    private static JmhLauncher launcher(HardwareEvents events) {
        return new JmhLauncher("java", "cp", CpuRestriction.probe(), List.of(), events);
    }
}
