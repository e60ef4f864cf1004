package corebench.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A stand-in for JMH in the sweep's decisions: each run writes one result per parameter combination (score 10 ms/op,
 * three iterations, the capacity the test gives, by default the step's CPUs), or fails, or passes its deadline, as
 * the test says; no process is started.
 */
final class FakeLauncher implements Launcher {
    /** The runs launched, in order: {@code name@cores}. */
    final List<String> launched = new ArrayList<>();
    private final Predicate<JmhRun> fails;
    private final Predicate<JmhRun> hangs;
    boolean stopped;
    /** The capacity each launch reports, by {@code name@cores#n} (the n-th launch of that run at that step, from 1). */
    ToDoubleFunction<String> capacity = launch -> Double.NaN;

    FakeLauncher(Predicate<JmhRun> fails, Predicate<JmhRun> hangs) {
        this.fails = fails;
        this.hangs = hangs;
    }

    /** A launcher whose every run succeeds. */
    static FakeLauncher succeeding() {
        return new FakeLauncher(r -> false, r -> false);
    }

    @Override
    public void run(SweepPlan.Step step, JmhRun run, SweepPlan.JmhSettings settings, Path resultFile, Path log,
                    JmhLauncher.Listener listener, RunDeadline deadline) throws IOException {
        launched.add(run.name() + "@" + step.cores());
        String launch = run.name() + "@" + step.cores() + "#" + launched.stream().filter((run.name() + "@" + step.cores())::equals).count();
        double delivered = Double.isNaN(capacity.applyAsDouble(launch)) ? step.cores() : capacity.applyAsDouble(launch);
        Files.writeString(log, "### fake " + run.name() + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        if (hangs.test(run)) {
            throw new JmhLauncher.PastDeadline("JMH run " + run.name() + " at " + step.cores() + " cores passed its deadline");
        }
        if (fails.test(run)) {
            throw new JmhLauncher.RunFailed("JMH run " + run.name() + " at " + step.cores() + " cores failed (exit 1)"
                    + " at (model = sequential): java.lang.IllegalStateException: fake");
        }
        ArrayNode results = RunFolder.JSON.createArrayNode();
        for (Map<String, String> combination : PlanEstimate.combinations(run)) {
            ObjectNode r = results.addObject();
            r.put("benchmark", run.benchmark()).put("mode", "avgt").put("forks", settings.forks());
            ObjectNode params = r.putObject("params");
            combination.forEach(params::put);
            ObjectNode metric = r.putObject("primaryMetric");
            metric.put("score", 10.0).put("scoreError", 0.1).put("scoreUnit", "ms/op");
            metric.putArray("rawData").addArray().add(10.0).add(10.1).add(9.9);
            ObjectNode probe = r.putObject("secondaryMetrics").putObject("capacityBefore");
            probe.put("score", delivered).put("scoreUnit", "CPUs").putArray("rawData").addArray().add(delivered);
            listener.finished(combination.toString(), "10.0 ms/op");
        }
        Files.write(resultFile, RunFolder.JSON.writeValueAsBytes(results));
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
