package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs a {@link SweepPlan} into a {@link RunFolder}: step by step, one JMH JVM per run, each result
 * saved as soon as its run finishes (so an interrupted or failed sweep keeps everything measured, and
 * {@code --resume} re-runs only what is missing). Each run goes through an {@link AdaptiveRun} (re-runs
 * until its results meet their precision target or its allowance is spent), and each step is bracketed by
 * {@link NoiseProbe} snapshots recorded in {@code noise.json}. Ctrl-C stops JMH and every child JVM and
 * records the run as interrupted.
 */
public final class Sweep {
    private final RunFolder folder;
    private final JmhLauncher launcher;
    private final PrintStream out;
    private final NoiseProbe noise;
    private RunManifest manifest;

    public Sweep(RunFolder folder, RunManifest manifest, JmhLauncher launcher, PrintStream out) {
        this(folder, manifest, launcher, out, NoiseProbe.system());
    }

    /** With another {@code /proc} reader (tests). */
    Sweep(RunFolder folder, RunManifest manifest, JmhLauncher launcher, PrintStream out, NoiseProbe noise) {
        this.folder = folder;
        this.manifest = manifest;
        this.launcher = launcher;
        this.out = out;
        this.noise = noise;
    }

    /** Runs every missing step result; returns the number of benchmark results in jmh.json. */
    public int run() throws IOException, InterruptedException {
        SweepPlan plan = manifest.plan();
        folder.writeManifest(manifest);
        int alreadyDone = 0;
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                if (Files.isRegularFile(folder.stepResult(step, run))) {
                    alreadyDone += run.combinations();
                }
            }
        }
        PrecisionPlan precision = manifest.precisionOrNone();
        Progress progress = new Progress(out, plan.combinations(), precision.plannedSeconds(plan) / Math.max(1, plan.combinations()),
                alreadyDone);
        Thread onInterrupt = new Thread(() -> interrupted(progress), "corebench-sweep-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        boolean finished = false;
        int results = 0;
        try {
            int index = 0;
            for (SweepPlan.Step step : plan.steps()) {
                progress.step(++index, plan.steps().size(), step);
                Optional<NoiseProbe.Snapshot> before = snapshot();
                boolean ranAny = false;
                for (JmhRun run : step.runs()) {
                    ranAny |= runOnce(step, run, precision, progress);
                }
                Optional<NoiseProbe.Snapshot> after = ranAny ? snapshot() : Optional.empty();
                if (before.isPresent() && after.isPresent()) {
                    NoiseRecord record = NoiseRecord.between(step.cores(), before.get(), after.get());
                    NoiseLog.append(folder, record);
                    out.println("  " + record.summary());
                }
                results = folder.mergeResults(plan);
            }
            finished = true;
        } finally {
            if (removeHook(onInterrupt)) {
                // not shutting down: record the outcome here (on Ctrl-C the hook records it); after a
                // failure mid-step, jmh.json still gets the runs of that step that did finish
                if (!finished) {
                    folder.mergeResults(plan);
                }
                manifest = manifest.finished(finished ? "complete" : "failed", Instant.now().toString());
                folder.writeManifest(manifest);
            }
        }
        out.printf("sweep complete in %s: %d results in %s%n", Progress.format(progress.elapsed()), results, folder.dir());
        return results;
    }

    private static boolean removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shutdownInProgress) {
            return false;
        }
    }
    /** The machine's noise now; a /proc that cannot be read costs the record, not the sweep. */
    private Optional<NoiseProbe.Snapshot> snapshot() {
        try {
            return noise.take();
        } catch (IOException e) {
            out.println("  noise not recorded: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs one JMH run with its re-runs and saves the merged result; false if it was already there. */
    private boolean runOnce(SweepPlan.Step step, JmhRun run, PrecisionPlan precision, Progress progress)
            throws IOException, InterruptedException {
        Path result = folder.stepResult(step, run);
        if (Files.isRegularFile(result)) {
            progress.skippedExisting(run, step);
            return false;
        }
        Files.createDirectories(result.getParent());
        long t0 = System.nanoTime();
        AdaptiveRun adaptive = new AdaptiveRun(precision.target(), (r, settings, invocation) -> {
            Path partial = result.resolveSibling(run.name() + (invocation == 1 ? "" : ".rerun-" + invocation) + ".json.partial");
            Files.deleteIfExists(partial);
            try {
                launcher.run(step, r, settings, partial, folder.log(), invocation == 1
                        ? (params, score) -> progress.benchmarkFinished(run.workload(), params, score)
                        : (params, score) -> { });
                JsonNode results = RunFolder.JSON.readTree(partial.toFile());
                if (!(results instanceof ArrayNode array)) {
                    throw new IOException(partial + ": JMH wrote no result array");
                }
                return array;
            } finally {
                Files.deleteIfExists(partial);
            }
        }, System::nanoTime, progress);
        ArrayNode merged = adaptive.run(run, precision.firstAttempt(run, manifest.plan().jmh()),
                precision.allowanceSeconds(run, manifest.plan().jmh()));
        RunFolder.writeAtomically(result, RunFolder.JSON.writeValueAsBytes(merged));
        progress.runFinished(run.combinations(), (System.nanoTime() - t0) / 1e9);
        return true;
    }

    /** Ctrl-C or SIGTERM: stop JMH and its children, keep every finished step, say how to go on. */
    private void interrupted(Progress progress) {
        launcher.stop();
        try {
            folder.mergeResults(manifest.plan());
            folder.writeManifest(manifest.finished("interrupted", Instant.now().toString()));
        } catch (IOException e) {
            System.err.println("corebench: could not record the interruption in " + folder.manifestFile() + ": " + e.getMessage());
        }
        System.err.printf("%ncorebench: sweep interrupted after %s; finished steps are kept in %s%n"
                + "  resume with: scripts/corebench sweep --resume %s%n", Progress.format(progress.elapsed()), folder.dir(), folder.dir());
    }
}
