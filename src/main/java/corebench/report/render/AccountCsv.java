package corebench.report.render;

import corebench.report.analysis.CoreAccount;
import corebench.report.results.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code account.csv}: where the cores went, one row per scenario, model, cores and workers ({@link CoreAccount}),
 * every part in core-seconds per operation to the nanosecond (the parts are differences of measured sums: finer
 * digits are rounding noise); an empty cell is a part that could not be measured. After the residual, three
 * columns that are not parts: {@code child_gc_jit} (the child JVMs' share of {@code gc_jit_safepoint}),
 * {@code safepoint_pause} (seconds the JVMs stood at safepoints per operation) and {@code safepoints} (a count).
 */
public final class AccountCsv {
    /** The columns, as docs/results-format.md lists them. */
    static final List<String> HEADER = List.of("workload", "params", "model", "cores", "workers", "core_seconds",
            "work", "clock_loss", "gc_jit_safepoint", "system", "user_overhead", "others", "idle", "undelivered",
            "residual", "child_gc_jit", "safepoint_pause", "safepoints");

    private static final double NANOS = 1e9;

    private AccountCsv() {
    }

    public static void write(List<CoreAccount> accounts, Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(CsvTables.line(HEADER)));
        for (CoreAccount a : accounts) {
            List<String> cells = new ArrayList<>(List.of(a.scenario().workload(), Scenario.describe(a.scenario().params()),
                    a.model(), Integer.toString(a.cores()), Integer.toString(a.workers())));
            for (double v : new double[] {a.coreSeconds(), a.work(), a.clockLoss(), a.gcJitSafepoint(), a.system(),
                    a.userOverhead(), a.others(), a.idle(), a.undelivered(), a.residual(), a.childGcJit(),
                    a.safepointPause(), a.safepointsPerOp()}) {
                cells.add(CsvTables.number(Math.rint(v * NANOS) / NANOS + 0.0)); // + 0.0: no "-0.0"
            }
            lines.add(CsvTables.line(cells));
        }
        Files.write(dir.resolve("account.csv"), lines);
    }
}
