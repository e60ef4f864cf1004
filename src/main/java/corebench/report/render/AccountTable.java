package corebench.report.render;

import corebench.report.analysis.CoreAccount;
import corebench.report.results.Estimate;
import corebench.report.results.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Where the cores went" per scenario, for summary.md and index.html: each measured account ({@link CoreAccount},
 * {@code account.csv}) as shares of its core time per operation, with its context switches per operation.
 * Results without the breakdown are left out; a part that could not be measured shows as {@link Numbers#NONE}.
 */
final class AccountTable {
    static final String TITLE = "Where the cores went";
    /** What the table says under its title. */
    static final String READING = "Shares of k cores × the time of one operation (account.csv has them in"
            + " core-seconds). \"of it child JVMs\" is the part of GC/JIT/VM spent in the child JVMs' collector and"
            + " compiler threads (worker JVMs that ended within an iteration included; other child JVMs that did are in"
            + " extra user). The safepoint pause is"
            + " the time the JVMs stood stopped at safepoints, summed over them: not a share, as its core time is"
            + " already in GC/JIT/VM and idle. Not measured: hardware events (cycles, instructions, cache misses);"
            + " clock loss only where the clock probe ran. Undelivered is the steal, plus where the capacity check found the"
            + " step's CPUs short, the shortfall that steal, others and clock loss do not explain, taken out of the"
            + " residual and then the extra user CPU (where a vCPU the host held back was counted).";
    static final List<String> HEADER = List.of("model", "cores", "workers", "core time per op", "work",
            "clock loss", "GC/JIT/VM", "of it child JVMs", "kernel", "extra user", "others", "idle", "undelivered", "residual",
            "switches per op", "safepoint pause per op", "safepoints per op");

    private AccountTable() {
    }

    /** The rows of {@code scenario}'s measured accounts, in the accounts' order; empty when none was measured. */
    static List<List<String>> rows(List<CoreAccount> accounts, Scenario scenario) {
        List<List<String>> rows = new ArrayList<>();
        for (CoreAccount a : accounts) {
            if (!a.scenario().equals(scenario) || !a.resources().present()) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(a.model(), Integer.toString(a.cores()),
                    Integer.toString(a.workers()), Numbers.time(Estimate.exact(a.coreSeconds()))));
            for (double part : new double[] {a.work(), a.clockLoss(), a.gcJitSafepoint(), a.childGcJit(), a.system(),
                    a.userOverhead(), a.others(), a.idle(), a.undelivered(), a.residual()}) {
                cells.add(Double.isFinite(part) ? String.format(Locale.ROOT, "%.1f%%", Math.rint(1000 * part / a.coreSeconds()) / 10 + 0.0)
                        : Numbers.NONE); // rounded first: no "-0.0%"
            }
            cells.add(count(a.switchesPerOp(), "%,.0f"));
            double pause = a.safepointPause();
            cells.add(Double.isFinite(pause) ? Numbers.time(Estimate.exact(pause)) : Numbers.NONE);
            cells.add(count(a.safepointsPerOp(), "%,.2f"));
            rows.add(cells);
        }
        return rows;
    }

    private static String count(double perOp, String format) {
        return Double.isFinite(perOp) ? String.format(Locale.ROOT, format, perOp) : Numbers.NONE;
    }
}
