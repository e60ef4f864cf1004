package corebench.report.compare;

import corebench.report.analysis.WorkPerOperation;
import corebench.report.results.Scenario;
import java.util.List;

/**
 * One scenario measured on at least two of the machines.
 *
 * @param scenario the workload and its parameters, the same on every machine
 * @param label    a short name, unique among the compared scenarios
 * @param work     what one operation is worth (throughput unit)
 * @param models   every model any machine measured, in display order
 */
public record ScenarioComparison(Scenario scenario, String label, WorkPerOperation work, List<ModelComparison> models) {

    public ScenarioComparison {
        models = List.copyOf(models);
    }
}
