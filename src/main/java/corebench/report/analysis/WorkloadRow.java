package corebench.report.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a workload seen across its scenarios. The workload charts compare scenarios with each
 * other (chunk sizes, strategies, cold and warm starts), which the per-scenario analysis keeps apart.
 *
 * @param scenario the scenario the row belongs to
 * @param model    the row's model
 * @param row      the measurement and what was derived from it
 */
public record WorkloadRow(ScenarioAnalysis scenario, String model, Row row) {

    /** Every row of a workload's scenarios, in the analysis's order; empty when the workload was not run. */
    public static List<WorkloadRow> of(RunAnalysis analysis, String workload) {
        List<WorkloadRow> rows = new ArrayList<>();
        for (ScenarioAnalysis s : analysis.scenarios()) {
            if (s.scenario().workload().equals(workload)) {
                s.models().forEach(m -> m.rows().forEach(r -> rows.add(new WorkloadRow(s, m.model(), r))));
            }
        }
        return rows;
    }

    /** A parameter of the row's scenario ({@code null} if absent). */
    public String param(String name) {
        return scenario.scenario().params().get(name);
    }

    /** A numeric parameter of the row's scenario. */
    public double number(String name) {
        return Double.parseDouble(param(name));
    }

    /** The most cores any row ran on with as many workers as cores (0 for no rows). */
    public static int topCores(List<WorkloadRow> rows) {
        return rows.stream().filter(w -> w.row().workers() == w.row().cores()).mapToInt(w -> w.row().cores()).max()
                .orElse(0);
    }
}
