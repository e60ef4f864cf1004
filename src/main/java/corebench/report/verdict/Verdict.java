package corebench.report.verdict;

import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Which model for which work" on one machine: one row per kind of work the run measured, the
 * break-even task sizes of the granularity workload and the workers blocking work needs. Computed from
 * the reporter's analysis only ({@link RunAnalysis}); every sentence comes from {@link Wording}.
 *
 * @param machine   the machine id
 * @param rows      one per kind of work measured, in {@link #KINDS}' order
 * @param overheads break-even task sizes per model (empty without the granularity workload)
 * @param workers   workers per core for blocking work per model (empty without the blocking workload)
 */
public record Verdict(String machine, List<VerdictRow> rows, List<TaskOverhead> overheads,
                      List<WorkersNeeded> workers) {

    /** The heading every output uses. */
    public static final String TITLE = "Which model for which work";

    /** The kinds of work, in the order the verdict lists them. Adding one is one entry here. */
    public static final List<WorkKind> KINDS = List.of(
            new ScalingWork("CPU-bound (Monte Carlo, scalar)", "montecarlo", Map.of("kernel", "scalar", "scaling", "strong")),
            new ScalingWork("CPU-bound (Monte Carlo, SIMD)", "montecarlo", Map.of("kernel", "simd", "scaling", "strong")),
            new ScalingWork("memory-bound (grid Jacobi)", "grid", Map.of("kernel", "jacobi")),
            new ScalingWork("compute on shared memory (grid in-place)", "grid", Map.of("kernel", "inplace")),
            new TinyTasks(),
            new SharedState(),
            new BlockingWork(),
            new StartupWork());

    public Verdict {
        rows = List.copyOf(rows);
        overheads = List.copyOf(overheads);
        workers = List.copyOf(workers);
    }

    /** The verdict of an analysed run. */
    public static Verdict of(RunAnalysis analysis) {
        return of(analysis, CoreAccounts.of(analysis));
    }

    /** The verdict of an analysed run whose {@link CoreAccounts#of core accounts} were already read. */
    public static Verdict of(RunAnalysis analysis, List<CoreAccount> accounts) {
        return new Verdict(analysis.results().machineId(),
                KINDS.stream().map(k -> k.row(analysis, accounts)).flatMap(Optional::stream).toList(),
                TaskOverhead.of(analysis), WorkersNeeded.of(analysis));
    }
}
