package corebench.report.analysis;

import corebench.report.results.Estimate;
import java.util.List;
import java.util.Optional;

/**
 * The bandwidth probe's {@code copy} kernel in a run, the ceiling the grid's Jacobi is judged against
 * (docs/results-format.md: Jacobi counts bytes as {@code copy} does), with one thread per core of its step.
 */
public final class CopyProbe {
    /** The bandwidth probe in the results. */
    static final String WORKLOAD = "bandwidth";

    private final List<WorkloadRow> rows;

    private CopyProbe(List<WorkloadRow> rows) {
        this.rows = rows;
    }

    /** The run's copy-probe results; none when the probe was not run. */
    public static CopyProbe of(RunAnalysis analysis) {
        return new CopyProbe(WorkloadRow.of(analysis, WORKLOAD).stream()
                .filter(w -> "copy".equals(w.param("kernel")) && w.row().workers() == w.row().cores()).toList());
    }

    /** What the probe copied at a grid size (cells per side) on {@code cores} cores, in bytes/s, if measured. */
    public Optional<Estimate> at(String size, int cores) {
        return rows.stream().filter(w -> size.equals(w.param("size")) && w.row().cores() == cores)
                .map(w -> w.row().throughput()).findFirst();
    }
}
