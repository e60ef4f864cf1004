package corebench.bench;

import corebench.format.HardwareEvents;
import corebench.worker.ParentWatch;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * False sharing per operation: a JMH profiler that runs each fork under {@code perf c2c record} (sampling memory
 * accesses from the end of the warm-up on, as JMH's {@code perfc2c} does) and, after the fork, reads
 * {@code perf c2c report --stats} into the secondary results {@link C2cStats} names ({@code c2cHitm},
 * {@code c2cLocalHitm}, {@code c2cRemoteHitm}, {@code c2cPeerHits} per operation, {@code c2cHitmShare}).
 * A report perf could not give within {@value #REPORT_TIMEOUT_SECONDS} s, or one without sampled loads, adds
 * nothing. The samples run from the end of the warm-up to the fork's end (its tear-down included) and are divided
 * by the measured operations. Each fork's samples go to a temporary folder of its own, deleted after the fork
 * (or, for a fork JMH never reported, before the next one). The fork watches the
 * JMH JVM, not perf, so that it never outlives the JVM that started it ({@link ParentWatch}).
 *
 * <p>Enabled with {@code -prof corebench.bench.PerfC2c}; the sweep adds it to the contention workload's runs where
 * {@code perf c2c record} works ({@link #profilerFor}). It needs the PMU's memory sampling (Intel load latency,
 * AMD IBS, Arm SPE): virtual machines rarely have it.
 */
public final class PerfC2c implements ExternalProfiler {
    /** The workload whose forks it samples: its strategies share one total (partials are the control). */
    static final String WORKLOAD = ContentionBench.WORKLOAD.name();
    static final long REPORT_TIMEOUT_SECONDS = 120;
    /** A fork's start before its first warm-up iteration, as JMH's {@code perfc2c} allows for it. */
    private static final long START_MS = 1000;

    private final List<String> perf;
    /** The current fork's folder, between {@link #addJVMInvokeOptions} and {@link #afterTrial}. */
    private Path folder;

    /** With the {@code perf} on the PATH. */
    public PerfC2c() {
        this(List.of("perf"));
    }

    /** With {@code perf}, the command that starts perf. */
    PerfC2c(List<String> perf) {
        this.perf = List.copyOf(perf);
    }

    /**
     * {@code -prof corebench.bench.PerfC2c} for a run of {@code workload} where {@code events} say
     * {@code perf c2c record} works, else nothing.
     */
    public static List<String> profilerFor(HardwareEvents events, String workload) {
        return events.c2cWorks() && WORKLOAD.equals(workload) ? List.of("-prof", PerfC2c.class.getName()) : List.of();
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return forkPrefix(params.getWarmup());
    }

    /** A new folder for the next fork's samples, and the command prefix that records them after {@code warmup}. */
    List<String> forkPrefix(IterationParams warmup) {
        if (folder != null) {
            delete(folder); // a fork that failed before afterTrial
        }
        try {
            folder = Files.createTempDirectory("corebench-c2c");
        } catch (IOException e) {
            throw new UncheckedIOException("perf c2c: no temporary folder for the samples", e);
        }
        return prefix(perf, folder.resolve("perf.data"), delayMs(warmup));
    }

    /** {@code perf c2c record -o <data> -- --delay <ms>}: what comes before the fork's command. */
    static List<String> prefix(List<String> perf, Path data, long delayMs) {
        List<String> cmd = new ArrayList<>(perf);
        cmd.addAll(List.of("c2c", "record", "-o", data.toString(), "--", "--delay", Long.toString(delayMs)));
        return cmd;
    }

    /** The warm-up's iterations plus a second for the fork's start, in milliseconds. */
    static long delayMs(IterationParams warmup) {
        return warmup.getCount() * warmup.getTime().convertTo(TimeUnit.MILLISECONDS) + START_MS;
    }

    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        // the fork's parent is perf now: name the JMH JVM as the one to watch
        return List.of(ParentWatch.parentOption());
    }

    @Override
    public void beforeTrial(BenchmarkParams params) {
    }

    @Override
    public Collection<? extends Result> afterTrial(BenchmarkResult result, long pid, File stdOut, File stdErr) {
        return results(result.getMetadata() == null ? 0 : result.getMetadata().getMeasurementOps());
    }

    /** The last fork's metrics over its {@code ops} measured operations; its folder deleted. */
    List<ScalarResult> results(long ops) {
        Path fork = folder;
        folder = null;
        if (fork == null) {
            return List.of();
        }
        try {
            return C2cStats.parse(report(fork)).perOp(ops);
        } finally {
            delete(fork);
        }
    }

    /** {@code perf c2c report --stats}'s output for the fork's samples; empty when perf failed or took too long. */
    String report(Path fork) {
        Path data = fork.resolve("perf.data");
        if (!Files.isRegularFile(data)) {
            return "";
        }
        List<String> cmd = new ArrayList<>(perf);
        cmd.addAll(List.of("c2c", "report", "--stats", "-i", data.toString()));
        PerfRun run = PerfRun.of(cmd, fork.resolve("report.txt"), REPORT_TIMEOUT_SECONDS);
        return run.exit() == 0 ? run.output() : "";
    }

    @Override
    public boolean allowPrintOut() {
        return true;
    }

    @Override
    public boolean allowPrintErr() {
        return true;
    }

    @Override
    public String getDescription() {
        return "perf c2c: sampled loads that hit a line modified in another core's cache (HITM), per operation";
    }

    /** Deletes the folder this class created and what perf wrote in it. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a file perf still holds: left in the temporary folder, not worth failing the fork's results
        }
    }
}
