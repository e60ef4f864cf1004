package corebench.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs a {@link SweepPlan} into a {@link RunFolder}: step by step, one JMH JVM per run, each result
 * saved as soon as its run finishes (so an interrupted or failed sweep keeps everything measured, and
 * {@code --resume} re-runs only what is missing). Ctrl-C stops JMH and every child JVM and records the
 * run as interrupted.
 */
public final class Sweep {
    private final RunFolder folder;
    private final JmhLauncher launcher;
    private final PrintStream out;
    private RunManifest manifest;

    public Sweep(RunFolder folder, RunManifest manifest, JmhLauncher launcher, PrintStream out) {
        this.folder = folder;
        this.manifest = manifest;
        this.launcher = launcher;
        this.out = out;
    }

    /** Runs every missing step result; returns the number of benchmark results in jmh.json. */
    public int run() throws IOException, InterruptedException {
        SweepPlan plan = manifest.plan();
        folder.writeManifest(manifest);
        Progress progress = new Progress(out, plan.combinations(), plan.jmh().estimatedSeconds(), folder.measured(plan));
        Thread onInterrupt = new Thread(() -> interrupted(progress), "corebench-sweep-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        boolean finished = false;
        int results = 0;
        java.util.List<String> pastDeadline = new java.util.ArrayList<>();
        try {
            int index = 0;
            for (SweepPlan.Step step : plan.steps()) {
                progress.step(++index, plan.steps().size(), step);
                for (JmhRun run : step.runs()) {
                    try {
                        runOnce(step, run, progress);
                    } catch (JmhLauncher.PastDeadline e) {
                        // a hung run must not hold the sweep: record it, go on with the next
                        out.println("  " + e.getMessage().lines().findFirst().orElse(""));
                        pastDeadline.add(run.name() + " at " + step.cores() + " cores");
                        manifest = manifest.withNote("killed after its deadline: " + run.name() + " at " + step.cores() + " cores");
                        folder.writeManifest(manifest);
                    }
                }
                results = folder.mergeResults(plan);
            }
            if (!pastDeadline.isEmpty()) {
                throw new IOException(pastDeadline.size() + " run(s) passed their deadline and were killed: "
                        + String.join(", ", pastDeadline) + " (run.log has their output)");
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
        out.printf("sweep complete in %s (estimated %s): %d results in %s%n", Progress.format(progress.elapsed()),
                Progress.format(java.time.Duration.ofSeconds(Math.round(plan.estimatedSeconds()))), results, folder.dir());
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
    private void runOnce(SweepPlan.Step step, JmhRun run, Progress progress) throws IOException, InterruptedException {
        Path result = folder.stepResult(step, run);
        if (Files.isRegularFile(result)) {
            try {
                StepFile.check(result, run);
                progress.skippedExisting(run, step);
                return;
            } catch (IOException unusable) {
                Path aside = StepFile.setAside(result);
                out.printf("  %s at %d cores: its saved result is unusable (%s); set aside as %s, measuring it again%n",
                        run.name(), step.cores(), unusable.getMessage(), aside.getFileName());
            }
        }
        Files.createDirectories(result.getParent());
        Path partial = result.resolveSibling(run.name() + ".json.partial");
        Files.deleteIfExists(partial);
        long t0 = System.nanoTime();
        try {
            launcher.run(step, run, partial, folder.log(),
                    (params, score) -> progress.benchmarkFinished(run.workload(), params, score),
                    RunDeadline.of(manifest.plan().jmh(), run));
            try {
                StepFile.check(partial, run);
            } catch (IOException unusable) {
                Path aside = StepFile.setAside(partial);
                throw new IOException("JMH run " + run.name() + " at " + step.cores() + " cores wrote an unusable result ("
                        + unusable.getMessage() + "), kept as " + aside, unusable);
            }
            Files.move(partial, result, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        progress.runFinished(run.combinations(), (System.nanoTime() - t0) / 1e9);
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
