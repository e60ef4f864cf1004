package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.NoiseRecord;
import corebench.format.RoundsDone;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Runs a {@link SweepPlan} into a {@link RunFolder} in {@link Rounds}: each round runs each of its runs once (one JMH
 * JVM, one fork per benchmark), saves its result as soon as it finishes and merges it with the earlier rounds into
 * jmh.json ({@link RoundMerge}), so that an interrupted or failed sweep keeps everything measured and {@code --resume}
 * goes on from there. Each run is bracketed by {@link NoiseProbe} snapshots ({@code noise.json}); a fork the machine
 * did not serve ({@link ForkCheck}) is set aside and measured again later. Just before a run first starts, it is
 * admitted again against the memory and threads free then ({@link Admission}). Ctrl-C stops JMH and every child JVM
 * and records the run as interrupted.
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

    /** Runs every missing round result; returns the number of benchmark results in jmh.json. */
    public int run() throws IOException, InterruptedException {
        folder.writeManifest(manifest);
        Progress progress = new Progress(out, manifest.plan().estimatedSeconds());
        Thread onInterrupt = new Thread(() -> interrupted(progress), "corebench-sweep-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        boolean finished = false;
        int results = 0;
        List<String> lost = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        // each run's last round time at each step: what the budget costs its later rounds at
        Map<String, Double> measured = new HashMap<>();
        RoundsDone done = manifest.roundsOrNone();
        try {
            for (int round = 1; round <= Rounds.MAX_ROUNDS; round++) {
                SweepPlan plan = manifest.plan();
                int planned = Rounds.planned(plan);
                boolean moreRounds = plan.budget() != null && plan.budget().moreRounds();
                double budget = plan.budget() == null || plan.budget().budgetSeconds() <= 0 ? Double.POSITIVE_INFINITY
                        : plan.budget().budgetSeconds();
                double pace = progress.pace();
                ToDoubleFunction<Rounds.Entry> cost = e -> measured.getOrDefault(key(e.step(), e.run()),
                        Rounds.roundSeconds(e.run(), plan.jmh()) * pace);
                RoundBudget.Decision decision = new RoundBudget(budget, done.seconds(), cost)
                        .of(plan, round, Rounds.of(plan, round, (s, r) -> failed.contains(key(s, r))
                        ? Integer.MAX_VALUE : folder.countedForks(s, r), folder::attempts), moreRounds);
                if (decision.notPaid() > 0) {
                    out.printf("  not measured again: %d run%s with forks set aside, which the budget no longer pays for%n",
                            decision.notPaid(), decision.notPaid() == 1 ? "" : "s");
                }
                List<Rounds.Entry> entries = decision.entries().stream().filter(e -> !failed.contains(key(e.step(), e.run()))).toList();
                if (entries.isEmpty()) {
                    break;
                }
                progress.round(round, planned, entries.size(), entries.stream().mapToInt(e -> e.run().combinations()).sum(),
                        what(entries), entries.stream().mapToDouble(cost).sum(),
                        entries.stream().filter(e -> e.why() != Rounds.Why.PLANNED).mapToDouble(cost).sum());
                long roundStart = System.nanoTime();
                for (Rounds.Entry entry : entries) {
                    long entryStart = System.nanoTime();
                    boolean ran = false;
                    for (JmhRun run : round == 1 ? admittedNow(entry.step(), entry.run()) : List.of(entry.run())) {
                        try {
                            ran |= runOnce(entry.step(), run, round, progress);
                        } catch (JmhLauncher.PastDeadline | JmhLauncher.RunFailed e) {
                            if (stopping) {
                                throw e; // the interruption's own record stands
                            }
                            // a hung or failing run must not cost the rest of the sweep: record it, go on with the next
                            boolean hung = e instanceof JmhLauncher.PastDeadline;
                            String which = run.name() + " at " + entry.step().cores() + " cores in round " + round;
                            out.println("  " + (hung ? e.getMessage().lines().findFirst().orElse("")
                                    : e.getMessage().replace("\n", "\n  ")));
                            failed.add(key(entry.step(), run));
                            lost.add(which + (hung ? " (past its deadline)" : " (failed)"));
                            manifest = manifest.withNote((hung ? "killed after its deadline: " : "failed: ") + which);
                        }
                    }
                    if (ran) {
                        measured.put(key(entry.step(), entry.run()), (System.nanoTime() - entryStart) / 1e9);
                    }
                }
                done = new RoundsDone(plan.jmh().forks(), planned, round,
                        done.seconds() + (System.nanoTime() - roundStart) / 1e9);
                manifest = manifest.withRounds(done);
                folder.writeManifest(manifest);
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
                // failure mid-round, jmh.json still gets the runs of that round that did finish
                if (!finished) {
                    folder.mergeResults(manifest.plan());
                }
                manifest = manifest.finished(finished ? "complete" : "failed", Instant.now().toString());
                folder.writeManifest(manifest);
            }
        }
        out.printf("sweep complete in %s (estimated %s): %d results from %d round%s in %s%n", Progress.format(progress.elapsed()),
                Progress.format(Duration.ofSeconds(Math.round(manifest.plan().estimatedSeconds()))), results, done.completed(),
                done.completed() == 1 ? "" : "s", folder.dir());
        return results;
    }

    /** What a round measures, for its progress line. */
    private static String what(List<Rounds.Entry> entries) {
        return entries.stream().map(Rounds.Entry::why).distinct().sorted().map(Rounds.Why::words)
                .collect(Collectors.joining("; "));
    }

    private static String key(SweepPlan.Step step, JmhRun run) {
        return step.cores() + "/" + run.name();
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
     * What of {@code run} may start now: all of it, or the combinations that still fit (the plan in machine.json then
     * amended with the parts and the skips). A run already measured (a resume) is kept as it is.
     */
    private List<JmhRun> admittedNow(SweepPlan.Step step, JmhRun run) throws IOException {
        if (Files.isRegularFile(folder.roundResult(step, run, 1))) {
            return List.of(run);
        }
        List<SweepPlan.Skip> skips = new ArrayList<>();
        List<JmhRun> parts = Admission.parts(manifest.plan().jmh(), step, run, resources.get(), skips::add);
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
        return parts;
    }

    /**
     * Runs one round of one JMH run, checks each fork ({@link ForkCheck}) and saves the result; returns false, measuring
     * nothing, when a usable result of the round is already there (a resume).
     */
    private boolean runOnce(SweepPlan.Step step, JmhRun run, int round, Progress progress) throws IOException, InterruptedException {
        SweepPlan.JmhSettings jmh = manifest.plan().jmh();
        Path result = folder.roundResult(step, run, round);
        if (Files.isRegularFile(result)) {
            try {
                StepFile.check(result, run);
                progress.kept(Rounds.roundSeconds(run, jmh));
                return false;
            } catch (IOException unusable) {
                Path aside = StepFile.setAside(result);
                out.printf("  %s at %d cores, round %d: its saved result is unusable (%s); set aside as %s, measuring it again%n",
                        run.name(), step.cores(), round, unusable.getMessage(), aside.getFileName());
            }
        }
        Files.createDirectories(result.getParent());
        Path partial = result.resolveSibling(result.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        SweepPlan.JmhSettings settings = Rounds.invocation(run, jmh);
        long t0 = System.nanoTime();
        try {
            Optional<NoiseProbe.Snapshot> before = snapshot();
            launcher.run(step, run, settings, partial, folder.log(),
                    (params, score) -> progress.benchmarkFinished(run.workload(), step.cores(), params, score),
                    RunDeadline.of(settings, run));
            Optional<NoiseProbe.Snapshot> after = snapshot();
            Optional<NoiseRecord> record = before.flatMap(b -> after.map(a -> NoiseProbe.between(step.cores(), b, a)
                    .of(run.name(), round)));
            if (record.isPresent()) {
                NoiseLog.append(folder, record.get());
            }
            ArrayNode results;
            try {
                results = StepFile.check(partial, run);
            } catch (IOException unusable) {
                Path aside = StepFile.setAside(partial);
                throw new IOException("JMH run " + run.name() + " at " + step.cores() + " cores wrote an unusable result ("
                        + unusable.getMessage() + "), kept as " + aside, unusable);
            }
            checkForks(step, run, round, results, record);
            RunFolder.writeAtomically(result, RunFolder.JSON.writeValueAsBytes(results));
        } finally {
            Files.deleteIfExists(partial);
        }
        progress.runFinished(Rounds.roundSeconds(run, jmh), (System.nanoTime() - t0) / 1e9);
        return true;
    }

    /** Marks each fork the machine did not serve ({@link ForkCheck}) so that the merge sets it aside. */
    private void checkForks(SweepPlan.Step step, JmhRun run, int round, ArrayNode results, Optional<NoiseRecord> record) {
        boolean told = false;
        for (JsonNode result : results) {
            ForkCheck check = ForkCheck.of(result, step.cores(), record);
            if (!check.served()) {
                ((ObjectNode) result).set(RoundMerge.CHECK, RunFolder.JSON.valueToTree(check));
                out.printf(Locale.ROOT, "  set aside, measured again in a later round: %s %s at %d cores, round %d: %s%n",
                        run.name(), Progress.compact(RoundMerge.params(result)), step.cores(), round, check.reason());
                told = true;
            }
        }
        if (told && record.isPresent()) {
            out.println("  " + record.get().summary());
        }
    }

    /** Ctrl-C or SIGTERM: stop JMH and its children, keep every finished round, say how to go on. */
    private void interrupted(Progress progress) {
        stopping = true;
        launcher.stop();
        try {
            folder.mergeResults(manifest.plan());
            folder.writeManifest(manifest.finished("interrupted", Instant.now().toString()));
        } catch (IOException e) {
            System.err.println("corebench: could not record the interruption in " + folder.manifestFile() + ": " + e.getMessage());
        }
        System.err.printf("%ncorebench: sweep interrupted after %s; finished rounds are kept in %s%n"
                + "  resume with: %s sweep --resume %s%n", Progress.format(progress.elapsed()), folder.dir(), BuildInfo.launcher(),
                folder.dir());
    }
}
