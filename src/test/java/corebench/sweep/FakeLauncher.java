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

/**
 * A stand-in for JMH in the sweep's decisions: each run writes one result per parameter combination (score 10 ms/op,
 * three iterations), or fails, or passes its deadline, as the test says; no process is started.
 */
final class FakeLauncher implements Launcher {
    /** The runs launched, in order: {@code name@cores}. */
    final List<String> launched = new ArrayList<>();
    private final Predicate<JmhRun> fails;
    private final Predicate<JmhRun> hangs;
    boolean stopped;

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
            listener.finished(combination.toString(), "10.0 ms/op");
        }
        Files.write(resultFile, RunFolder.JSON.writeValueAsBytes(results));
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
