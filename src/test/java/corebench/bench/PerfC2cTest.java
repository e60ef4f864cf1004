package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.format.HardwareEvents;
import corebench.format.HardwareEvents.CacheToCache;
import corebench.worker.ParentWatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Issue 24.4: false sharing per operation from {@code perf c2c}, where it works. No real perf runs: the parser
 * reads perf's outputs from src/test/resources/c2c (see its README for which were recorded), and the probe and
 * the profiler run fake perf scripts.
 */
class PerfC2cTest {
    private static final IterationParams ONE_SECOND = new IterationParams(IterationType.WARMUP, 1, TimeValue.seconds(1), 1);

    @TempDir
    Path dir;

    @Test
    void hitmCountsBecomeSampledLoadsPerOperation() throws IOException {
        Map<String, Double> metrics = byName(C2cStats.parse(resource("stats-hitm.txt")).perOp(1000));
        assertThat(metrics).containsOnlyKeys("c2cHitm", "c2cLocalHitm", "c2cRemoteHitm", "c2cPeerHits", "c2cHitmShare");
        assertThat(metrics.get("c2cHitm")).isEqualTo(26.02);
        assertThat(metrics.get("c2cLocalHitm")).isEqualTo(24.816);
        assertThat(metrics.get("c2cRemoteHitm")).isEqualTo(1.204);
        assertThat(metrics.get("c2cPeerHits")).isEqualTo(0.0);
        assertThat(metrics.get("c2cHitmShare")).isCloseTo(100.0 * 26020 / 201532, Offset.offset(1e-9));
        ScalarResult hitm = C2cStats.parse(resource("stats-hitm.txt")).perOp(1000).getFirst();
        assertThat(hitm.getScoreUnit()).isEqualTo("#/op");
    }

    @Test
    void noSampledLoadOrAnErrorGivesNoMetricNeverZero() throws IOException {
        // recorded here: a report of a file without memory samples prints zero HITM and zero loads
        assertThat(C2cStats.parse(resource("stats-no-memory-samples.txt")).perOp(1000)).isEmpty();
        assertThat(C2cStats.parse(resource("record-no-memory-events.txt")).perOp(1000)).isEmpty();
        assertThat(C2cStats.parse("").perOp(1000)).isEmpty();
    }

    @Test
    void aReportWithoutHitmLinesGivesOnlyWhatPerfPrinted() throws IOException {
        Map<String, Double> metrics = byName(C2cStats.parse(resource("stats-peer-only.txt")).perOp(100));
        assertThat(metrics).containsOnlyKeys("c2cPeerHits");
        assertThat(metrics.get("c2cPeerHits")).isEqualTo(3.95);
        // without measured operations only the share, which needs none
        assertThat(byName(C2cStats.parse(resource("stats-hitm.txt")).perOp(0))).containsOnlyKeys("c2cHitmShare");
    }

    @Test
    void theForkRunsUnderPerfC2cRecordFromTheEndOfItsWarmUp() {
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 3, TimeValue.milliseconds(500), 1);
        assertThat(PerfC2c.delayMs(warmup)).isEqualTo(2500);
        assertThat(PerfC2c.prefix(List.of("perf"), Path.of("/tmp/f/perf.data"), 2500))
                .containsExactly("perf", "c2c", "record", "-o", "/tmp/f/perf.data", "--", "--delay", "2500");
        // the fork's parent is perf: it must watch the JMH JVM instead
        assertThat(new PerfC2c().addJVMOptions(null)).containsExactly(ParentWatch.parentOption());
    }

    @Test
    void afterTheForkItReportsTheSamplesAndDeletesThem() throws IOException {
        Path stats = dir.resolve("stats.txt");
        Files.writeString(stats, resource("stats-hitm.txt"));
        Path perf = script("perf", "[ \"$2\" = report ] && [ -f \"$5\" ] && cat '" + stats + "'");
        PerfC2c profiler = new PerfC2c(List.of(perf.toString()));
        List<String> prefix = profiler.forkPrefix(ONE_SECOND);
        Path data = Path.of(prefix.get(prefix.indexOf("-o") + 1));
        Files.writeString(data, "samples"); // what perf c2c record writes
        assertThat(byName(profiler.results(1000))).containsEntry("c2cHitm", 26.02);
        assertThat(data.getParent()).doesNotExist();

        // perf wrote nothing (the fork failed before): nothing, and the folder is gone all the same
        List<String> again = profiler.forkPrefix(ONE_SECOND);
        assertThat(profiler.results(1000)).isEmpty();
        assertThat(Path.of(again.get(again.indexOf("-o") + 1)).getParent()).doesNotExist();

        // a fork JMH never reported: its folder goes when the next fork starts
        List<String> lost = profiler.forkPrefix(ONE_SECOND);
        Path lostFolder = Path.of(lost.get(lost.indexOf("-o") + 1)).getParent();
        assertThat(lostFolder).isDirectory();
        profiler.forkPrefix(ONE_SECOND);
        assertThat(lostFolder).doesNotExist();
        profiler.results(0);
    }

    @Test
    void theProbeFindsWhetherPerfC2cRecordWrites() throws IOException {
        Path works = script("perf-works", "[ \"$1 $2 $3\" = 'c2c record -o' ] && [ \"$5 $6\" = '-- true' ] && echo x > \"$4\"");
        assertThat(PerfC2cProbe.probe(List.of(works.toString()))).isEqualTo(new CacheToCache(true, null));

        Path recorded = dir.resolve("recorded.txt");
        Files.writeString(recorded, resource("record-no-memory-events.txt"));
        Path vm = script("perf-vm", "cat '" + recorded + "'; exit 255");
        assertThat(PerfC2cProbe.probe(List.of(vm.toString())))
                .isEqualTo(new CacheToCache(false, "perf c2c record failed (exit 255): failed: memory events not supported"));

        // exit 0 without the samples file is no success either
        Path silent = script("perf-silent", "exit 0");
        assertThat(PerfC2cProbe.probe(List.of(silent.toString())).available()).isFalse();
        assertThat(PerfC2cProbe.probe(List.of(dir.resolve("none").toString())).reason()).startsWith("perf: not installed");
    }

    @Test
    void aPerfThatHangsIsKilledAtItsTimeout() {
        PerfRun run = PerfRun.of(List.of("sleep", "30"), dir.resolve("out.txt"), 1);
        assertThat(run.exit()).isEqualTo(PerfRun.TIMED_OUT);
        assertThat(PerfC2cProbe.decide(run, false).reason()).isEqualTo("perf c2c record: no answer within 1 s");
    }

    @Test
    void onlyContentionRunsGetTheProfilerAndOnlyWherePerfC2cWorks() {
        HardwareEvents works = HardwareEvents.absent("perf: cycles <not supported>").withC2c(new CacheToCache(true, null));
        HardwareEvents not = HardwareEvents.counted().withC2c(new CacheToCache(false, "failed: memory events not supported"));
        assertThat(PerfC2c.profilerFor(works, "contention")).containsExactly("-prof", "corebench.bench.PerfC2c");
        assertThat(PerfC2c.profilerFor(works, "montecarlo")).isEmpty();
        assertThat(PerfC2c.profilerFor(not, "contention")).isEmpty();
        assertThat(PerfC2c.profilerFor(HardwareEvents.counted(), "contention")).isEmpty();
    }

    private Path script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    private static Map<String, Double> byName(List<? extends Result> results) {
        return results.stream().collect(Collectors.toMap(Result::getLabel, Result::getScore));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PerfC2cTest.class.getResourceAsStream("/c2c/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
