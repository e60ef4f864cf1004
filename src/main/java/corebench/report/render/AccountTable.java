package corebench.report.render;

import corebench.format.HardwareEvents;
import corebench.report.analysis.CoreAccount;
import corebench.report.results.Estimate;
import corebench.report.results.Machine;
import corebench.report.results.Scenario;
import corebench.report.results.Untrusted;
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
    /** Where the reading names the hardware events, replaced by what the run's machine.json says of them. */
    private static final String HARDWARE_EVENTS = "Not measured: hardware events (cycles, instructions, cache misses)";
    /** The workload whose shared-counter strategies false sharing would show in. */
    private static final String CONTENTION = "contention";
    private static final String READING = "Shares of k cores × the time of one operation (account.csv has them in"
            + " core-seconds). \"of it child JVMs\" is the part of GC/JIT/VM spent in the child JVMs' collector and"
            + " compiler threads (worker JVMs that ended within an iteration included; other child JVMs that did are in"
            + " extra user). The safepoint pause is"
            + " the time the JVMs stood stopped at safepoints, summed over them: not a share, as its core time is"
            + " already in GC/JIT/VM and idle. " + HARDWARE_EVENTS + ";"
            + " clock loss only where the clock probe ran. Undelivered is the steal, plus where the capacity check found the"
            + " step's CPUs short, the shortfall that steal, others and clock loss do not explain, taken out of the"
            + " residual and then the extra user CPU (where a vCPU the host held back was counted).";
    static final List<String> HEADER = List.of("model", "cores", "workers", "core time per op", "work",
            "clock loss", "GC/JIT/VM", "of it child JVMs", "kernel", "extra user", "others", "idle", "undelivered", "residual",
            "switches per op", "safepoint pause per op", "safepoints per op");
    /** The columns added where the results carry hardware events (JMH {@code perfnorm}). */
    static final List<String> EVENT_HEADER = List.of("cycles per op", "instructions per op", "IPC");

    private AccountTable() {
    }

    /**
     * {@link #READING} for a run on {@code machine}: where its machine.json says the hardware events could not be
     * counted, why (escaped when read); in the contention workload, that false sharing was not measured.
     */
    static String reading(Machine machine, Scenario scenario) {
        HardwareEvents events = machine.hardwareEvents();
        String reading = READING;
        if (events != null && events.available()) {
            reading = reading.replace(HARDWARE_EVENTS, "Hardware events: counted by perf (JMH perfnorm), per operation in"
                    + " the last columns where a result has them");
        } else if (events != null) {
            reading = reading.replace(HARDWARE_EVENTS, "Hardware events (cycles, instructions, cache misses): not available"
                    + " on this machine: " + Untrusted.shown(events.reason()));
        }
        if (scenario.workload().equals(CONTENTION)) {
            reading += events != null && events.available()
                    ? " False sharing (perf c2c HITM counts on the shared counters) was not measured: corebench does not run perf c2c."
                    : " False sharing (perf c2c HITM counts on the shared counters) needs hardware events and was not measured here.";
        }
        return reading;
    }

    /** The table's columns: {@link #HEADER}, then {@link #EVENT_HEADER} where the scenario's results counted events. */
    static List<String> header(List<CoreAccount> accounts, Scenario scenario) {
        List<String> header = new ArrayList<>(HEADER);
        if (countsEvents(accounts, scenario)) {
            header.addAll(EVENT_HEADER);
        }
        return header;
    }

    private static boolean countsEvents(List<CoreAccount> accounts, Scenario scenario) {
        return accounts.stream().anyMatch(a -> a.scenario().equals(scenario) && a.resources().present()
                && Double.isFinite(a.resources().get("cycles")));
    }

    /** The rows of {@code scenario}'s measured accounts, in the accounts' order; empty when none was measured. */
    static List<List<String>> rows(List<CoreAccount> accounts, Scenario scenario) {
        boolean events = countsEvents(accounts, scenario);
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
            if (events) {
                double cycles = a.resources().get("cycles");
                double instructions = a.resources().get("instructions");
                cells.add(count(cycles, "%,.0f"));
                cells.add(count(instructions, "%,.0f"));
                cells.add(cycles > 0 ? count(instructions / cycles, "%.2f") : Numbers.NONE);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String count(double perOp, String format) {
        return Double.isFinite(perOp) ? String.format(Locale.ROOT, format, perOp) : Numbers.NONE;
    }
}
