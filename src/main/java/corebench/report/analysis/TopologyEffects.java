package corebench.report.analysis;

import corebench.report.results.StepTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What each topology boundary (SMT siblings joining, a second socket joining) did to a scenario's curves,
 * in words: per model, the speedup gained from the step before the boundary to the first step after it,
 * against what the CPUs added would give at the efficiency the model had before it.
 */
public final class TopologyEffects {

    private TopologyEffects() {
    }

    /** One sentence per boundary of {@code topology} for a scenario with a speedup curve; none otherwise. */
    public static List<String> sentences(ScenarioAnalysis s, StepTopology topology) {
        List<String> out = new ArrayList<>();
        if (!s.hasSpeedupCurve()) {
            return out;
        }
        for (StepTopology.Boundary b : topology.boundaries()) {
            List<String> parts = new ArrayList<>();
            for (ModelSeries m : s.models()) {
                Optional<Row> before = at(m, b.before());
                Optional<Row> after = at(m, b.from());
                if (before.isEmpty() || after.isEmpty() || !before.get().speedup().present() || !after.get().speedup().present()) {
                    continue;
                }
                double s0 = before.get().speedup().value();
                double s1 = after.get().speedup().value();
                // what the added CPUs would give if each ran at the efficiency the model had before the boundary
                double expected = s0 * b.from() / b.before();
                parts.add(String.format(Locale.ROOT, "%s %.2f -> %.2f (%.0f%% of the %.2f the efficiency before it predicts)",
                        m.model(), s0, s1, 100 * s1 / expected, expected));
            }
            if (!parts.isEmpty()) {
                out.add(s.label() + ", " + b.what() + " from " + b.from() + " cores (" + b.before() + " -> " + b.from()
                        + " cores), speedup: " + String.join("; ", parts) + ". " + meaning(b));
            }
        }
        return out;
    }

    private static String meaning(StepTopology.Boundary b) {
        return b.what().startsWith("SMT")
                ? "A sibling shares its core's execution units: 0-30% more is typical for compute, not 100%."
                : "The second socket adds its own memory bandwidth and caches, and cross-socket hand-offs.";
    }

    private static Optional<Row> at(ModelSeries m, int cores) {
        return m.scaling().stream().filter(r -> r.cores() == cores).findFirst();
    }
}
