package corebench.report.analysis;

import corebench.report.results.Scenario;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every model's analysis of one scenario: what one speedup chart shows.
 *
 * @param scenario the workload and its parameters
 * @param label    a short unique name among the run's scenarios (workload plus the parameters that vary)
 * @param work     what one operation is worth (throughput unit)
 * @param models   one series per model, in display order
 */
public record ScenarioAnalysis(Scenario scenario, String label, WorkPerOperation work, List<ModelSeries> models) {

    public ScenarioAnalysis {
        models = List.copyOf(models);
    }

    /** The distinct core counts of any model's scaling curve. */
    public SortedSet<Integer> coreCounts() {
        TreeSet<Integer> cores = new TreeSet<>();
        models.forEach(m -> m.scaling().forEach(r -> cores.add(r.cores())));
        return cores;
    }

    /** Whether any model has a speedup to draw (a 1-core baseline and a second core count). */
    public boolean hasSpeedupCurve() {
        return coreCounts().size() >= 2 && models.stream().anyMatch(m -> m.baseline().isPresent());
    }

    /** Whether any model ran more workers than cores. */
    public boolean hasOversubscription() {
        return models.stream().anyMatch(m -> !m.oversubscribed().isEmpty());
    }

    /** The most cores measured on any scaling curve. */
    public int maxCores() {
        return coreCounts().isEmpty() ? 0 : coreCounts().last();
    }
}
