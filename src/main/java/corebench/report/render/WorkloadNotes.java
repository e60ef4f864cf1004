package corebench.report.render;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.StencilBound;
import java.util.List;

/** The report's words on one workload across its scenarios, beside its charts (today: what bounds the grid's stencil). */
final class WorkloadNotes {
    private WorkloadNotes() {
    }

    /** One paragraph per line; empty when the workload has nothing to say. */
    static List<String> lines(RunAnalysis analysis, String workload) {
        if (workload.equals(StencilBound.GRID)) {
            return StencilBound.of(analysis).map(StencilBound::sentences).orElse(List.of());
        }
        return List.of();
    }
}
