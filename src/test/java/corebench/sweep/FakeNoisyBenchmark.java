package corebench.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A stand-in for JMH in {@link AdaptiveRun}'s tests: each "run" produces, for every combination of the
 * run's parameters, a JMH result whose iterations are a true time per op with Gaussian noise of a given
 * relative spread per model, and advances a fake clock by the run's estimated duration. Scores and
 * errors are computed by JMH's own {@link ListStatistics}, so the fixture does not share code with the
 * merge it checks.
 */
final class FakeNoisyBenchmark implements AdaptiveRun.Attempts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Double> spreadByModel;
    private final double trueScore;
    private final Random random = new Random(42);
    final List<Invocation> invocations = new ArrayList<>();
    long nanos;

    /** One call, as JMH would have been started. */
    record Invocation(JmhRun run, SweepPlan.JmhSettings settings, int number) {
    }

    FakeNoisyBenchmark(double trueScore, Map<String, Double> spreadByModel) {
        this.trueScore = trueScore;
        this.spreadByModel = spreadByModel;
    }

    long clock() {
        return nanos;
    }

    @Override
    public ArrayNode run(JmhRun run, SweepPlan.JmhSettings settings, int invocation) {
        invocations.add(new Invocation(run, settings, invocation));
        ArrayNode out = JSON.createArrayNode();
        for (String model : run.params().get("model")) {
            out.add(result(model, settings));
        }
        nanos += (long) (run.combinations() * PlanEstimate.benchmarkSeconds(settings) * 1e9);
        return out;
    }

    private ObjectNode result(String model, SweepPlan.JmhSettings settings) {
        ObjectNode r = JSON.createObjectNode();
        r.put("benchmark", MonteCarloPlan.BENCHMARK).put("mode", "avgt").put("forks", settings.forks());
        r.putObject("params").put("model", model).put("workers", "2").put("cores", "2");
        ObjectNode m = r.putObject("primaryMetric");
        ListStatistics stats = new ListStatistics();
        ArrayNode raw = m.putArray("rawData");
        for (int f = 0; f < settings.forks(); f++) {
            ArrayNode fork = raw.addArray();
            for (int i = 0; i < settings.iterations(); i++) {
                double v = trueScore * (1 + spreadByModel.get(model) * random.nextGaussian());
                fork.add(v);
                stats.addValue(v);
            }
        }
        m.put("score", stats.getMean());
        double error = stats.getMeanErrorAt(0.999);
        if (Double.isNaN(error)) {
            m.put("scoreError", "NaN");
        } else {
            m.put("scoreError", error);
        }
        m.put("scoreUnit", "ms/op");
        ObjectNode cpu = r.putObject("secondaryMetrics").putObject("cpuMs");
        ArrayNode cpuRaw = cpu.putArray("rawData");
        double sum = 0;
        for (int f = 0; f < settings.forks(); f++) {
            ArrayNode fork = cpuRaw.addArray();
            for (int i = 0; i < settings.iterations(); i++) {
                fork.add(400.0);
                sum += 400;
            }
        }
        cpu.put("score", sum).put("scoreError", "NaN").put("scoreUnit", "#");
        return r;
    }
}
