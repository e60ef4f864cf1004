package corebench.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a {@link SweepPlan} into a {@link RunFolder}: step by step, one JMH JVM per run, each result
 * saved as soon as its run finishes (so an interrupted or failed sweep keeps everything measured, and
 * {@code --resume} re-runs only what is missing). Each run goes through an {@link AdaptiveRun} (re-runs
 * until its results meet their precision target or its allowance is spent), and each step is bracketed by
 * {@link NoiseProbe} snapshots recorded in {@code noise.json}. Just before a run starts, its child JVMs and
 * members are admitted against the memory and threads free at that moment ({@link Resources}, as the plan was
 * against those free when it was made): what no longer fits is left out and recorded as a skip, never attempted.
 * Ctrl-C stops JMH and every child JVM and records the run as interrupted.
 */
public final class Sweep {
    private final RunFolder folder;
    private final Launcher launcher;
    private final PrintStream out;
    private final NoiseProbe noise;
    private final Supplier<Resources> resources;
    private RunManifest manifest;
    /** Set when Ctrl-C or SIGTERM began to stop the sweep: a run failing from then on was stopped, not broken. */
    private volatile boolean stopping;

    public Sweep(RunFolder folder, RunManifest manifest, Launcher launcher, PrintStream out) {
        this(folder, manifest, launcher, out, NoiseProbe.system(), Resources::probe);
    }

    /** With another {@code /proc} reader and another view of free resources (tests). */
    Sweep(RunFolder folder, RunManifest manifest, Launcher launcher, PrintStream out, NoiseProbe noise,
          Supplier<Resources> resources) {
        this.folder = folder;
        this.manifest = manifest;
        this.launcher = launcher;
        this.out = out;
        this.noise = noise;
        this.resources = resources;
    }

    /** Runs every missing step result; returns the number of benchmark results in jmh.json. */
    public int run() throws IOException, InterruptedException {
        SweepPlan plan = manifest.plan();
        folder.writeManifest(manifest);
        PrecisionPlan precision = manifest.precisionOrNone();
        Progress progress = new Progress(out, plan.combinations(), precision.plannedSeconds(plan) / Math.max(1, plan.combinations()),
                folder.measured(plan));
        Thread onInterrupt = new Thread(() -> interrupted(progress), "corebench-sweep-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        boolean finished = false;
        int results = 0;
        List<String> lost = new ArrayList<>();
        try {
            int index = 0;
            for (SweepPlan.Step step : plan.steps()) {
                progress.step(++index, plan.steps().size(), step);
                Optional<NoiseProbe.Snapshot> before = snapshot();
                boolean ranAny = false;
                for (JmhRun planned : step.runs()) {
                    for (JmhRun run : admittedNow(step, planned, progress)) {
                        try {
                            ranAny |= runOnce(step, run, precision, progress);
                        } catch (JmhLauncher.PastDeadline | JmhLauncher.RunFailed e) {
                            if (stopping) {
                                throw e; // the interruption's own record stands
                            }
                            // a hung or failing run must not cost the rest of the sweep: record it, go on with the next
                            ranAny = true;
                            boolean hung = e instanceof JmhLauncher.PastDeadline;
                            out.println("  " + (hung ? e.getMessage().lines().findFirst().orElse("")
                                    : e.getMessage().replace("\n", "\n  ")));
                            lost.add(run.name() + " at " + step.cores() + " cores" + (hung ? " (past its deadline)" : " (failed)"));
                            manifest = manifest.withNote((hung ? "killed after its deadline: " : "failed: ") + run.name() + " at "
                                    + step.cores() + " cores");
                            folder.writeManifest(manifest);
                        }
                    }
                }
                Optional<NoiseProbe.Snapshot> after = ranAny ? snapshot() : Optional.empty();
                if (before.isPresent() && after.isPresent()) {
                    NoiseRecord record = NoiseRecord.between(step.cores(), before.get(), after.get());
                    NoiseLog.append(folder, record);
                    out.println("  " + record.summary());
                }
                results = folder.mergeResults(manifest.plan());
            }
            if (!lost.isEmpty()) {
                throw new IOException(lost.size() + " run(s) failed or passed their deadline, the rest of the sweep was measured: "
                        + String.join(", ", lost) + " (run.log has their output)");
            }
            finished = true;
        } finally {
            if (removeHook(onInterrupt)) {
                // not shutting down: record the outcome here (on Ctrl-C the hook records it); after a
                // failure mid-step, jmh.json still gets the runs of that step that did finish
                if (!finished) {
                    folder.mergeResults(manifest.plan());
                }
                manifest = manifest.finished(finished ? "complete" : "failed", Instant.now().toString());
                folder.writeManifest(manifest);
            }
        }
        out.printf("sweep complete in %s (estimated %s): %d results in %s%n", Progress.format(progress.elapsed()),
                Progress.format(Duration.ofSeconds(Math.round(plan.estimatedSeconds()))), results, folder.dir());
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

    /**
     * What of {@code run} may start now: all of it, or (when memory or threads have become scarcer since the plan
     * was made) the combinations that still fit, the plan in machine.json then amended with the parts and the
     * skips. A run already measured (a resume) is kept as it is.
     */
    private List<JmhRun> admittedNow(SweepPlan.Step step, JmhRun run, Progress progress) throws IOException {
        if (Files.isRegularFile(folder.stepResult(step, run))) {
            return List.of(run);
        }
        Resources now = resources.get();
        List<SweepPlan.Skip> skips = new ArrayList<>();
        List<JmhRun> parts = Admission.parts(manifest.plan().jmh(), step, run, now, skips::add);
        if (skips.isEmpty()) {
            return List.of(run);
        }
        List<SweepPlan.Skip> atStart = skips.stream().map(skip -> new SweepPlan.Skip(skip.workload(), skip.model(),
                skip.reason() + " (at the time it was to start)")).toList();
        atStart.forEach(skip -> out.println("  not run: " + skip.workload() + " / " + skip.model() + ": " + skip.reason()));
        SweepPlan amended = manifest.plan().mapRuns((s, r, late) -> {
            if (s.cores() != step.cores() || !r.equals(run)) {
                return List.of(r);
            }
            atStart.forEach(late);
            return parts;
        });
        manifest = manifest.withPlan(amended);
        folder.writeManifest(manifest);
        progress.leftOut(run.combinations() - parts.stream().mapToInt(JmhRun::combinations).sum());
        return parts;
    }

    /** Runs one JMH run with its re-runs and saves the merged result; false if it was already there. */
    private boolean runOnce(SweepPlan.Step step, JmhRun run, PrecisionPlan precision, Progress progress)
            throws IOException, InterruptedException {
        Path result = folder.stepResult(step, run);
        if (Files.isRegularFile(result)) {
            try {
                StepFile.check(result, run);
                progress.skippedExisting(run, step);
                return false;
            } catch (IOException unusable) {
                Path aside = StepFile.setAside(result);
                out.printf("  %s at %d cores: its saved result is unusable (%s); set aside as %s, measuring it again%n",
                        run.name(), step.cores(), unusable.getMessage(), aside.getFileName());
            }
        }
        Files.createDirectories(result.getParent());
        long t0 = System.nanoTime();
        AdaptiveRun adaptive = new AdaptiveRun(precision.target(), (r, settings, invocation) -> {
            Path partial = result.resolveSibling(run.name() + (invocation == 1 ? "" : ".rerun-" + invocation) + ".json.partial");
            Files.deleteIfExists(partial);
            try {
                launcher.run(step, r, settings, partial, folder.log(), invocation == 1
                        ? (params, score) -> progress.benchmarkFinished(run.workload(), params, score)
                        : (params, score) -> { }, RunDeadline.of(settings, r));
                try {
                    return StepFile.check(partial, r);
                } catch (IOException unusable) {
                    Path aside = StepFile.setAside(partial);
                    throw new IOException("JMH run " + r.name() + " at " + step.cores() + " cores wrote an unusable result ("
                            + unusable.getMessage() + "), kept as " + aside, unusable);
                }
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
        stopping = true;
        launcher.stop();
        try {
            folder.mergeResults(manifest.plan());
            folder.writeManifest(manifest.finished("interrupted", Instant.now().toString()));
        } catch (IOException e) {
            System.err.println("corebench: could not record the interruption in " + folder.manifestFile() + ": " + e.getMessage());
        }
        System.err.printf("%ncorebench: sweep interrupted after %s; finished steps are kept in %s%n"
                + "  resume with: %s sweep --resume %s%n", Progress.format(progress.elapsed()), folder.dir(), BuildInfo.launcher(),
                folder.dir());
    }
}
