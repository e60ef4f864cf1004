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
    /** The columns added where the results carry {@code perf c2c}'s sampled loads (corebench's PerfC2c). */
    static final List<String> C2C_HEADER = List.of("HITM per op", "local HITM per op", "remote HITM per op",
            "peer hits per op", "HITM % of sampled loads");
    /** The metrics of {@link #C2C_HEADER}, in its order. */
    private static final List<String> C2C_METRICS = List.of("c2cHitm", "c2cLocalHitm", "c2cRemoteHitm", "c2cPeerHits",
            "c2cHitmShare");
    private static final String NO_FALSE_SHARING = " False sharing (perf c2c HITM counts on the shared counters)";

    private AccountTable() {
    }

    /**
     * {@link #READING} for a run on {@code machine}: where its machine.json says the hardware events could not be
     * counted, why (escaped when read); in the contention workload, where the false-sharing columns come from or,
     * where {@code accounts} carry none for {@code scenario}, why false sharing was not measured.
     */
    static String reading(Machine machine, Scenario scenario, List<CoreAccount> accounts) {
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
            reading += falseSharing(events, carries(accounts, scenario, C2C_METRICS));
        }
        return reading;
    }

    /** What the contention workload's note says of false sharing. */
    private static String falseSharing(HardwareEvents events, boolean sampled) {
        if (sampled) {
            return " False sharing: perf c2c sampled the loads that hit a cache line modified in another core's cache"
                    + " (HITM; peer hits where the CPU reports those instead), per operation in the last columns. They"
                    + " are sampled loads, not every load: compare the strategies and models of this run (partials, padded"
                    + " against false sharing, is the control).";
        }
        if (events == null || events.c2c() == null) {
            return events != null && events.available()
                    ? NO_FALSE_SHARING + " was not measured: this run did not probe perf c2c."
                    : NO_FALSE_SHARING + " needs hardware events and was not measured here.";
        }
        return events.c2c().available()
                ? NO_FALSE_SHARING + ": perf c2c worked on this machine, but these results carry no sampled loads."
                : NO_FALSE_SHARING + " needs hardware events (the CPU's memory-access sampling) and was not measured"
                        + " here: " + Untrusted.shown(events.c2c().reason());
    }

    /**
     * The table's columns: {@link #HEADER}, then {@link #EVENT_HEADER} where the scenario's results counted events
     * and {@link #C2C_HEADER} where they carry perf c2c's samples.
     */
    static List<String> header(List<CoreAccount> accounts, Scenario scenario) {
        List<String> header = new ArrayList<>(HEADER);
        if (carries(accounts, scenario, List.of("cycles"))) {
            header.addAll(EVENT_HEADER);
        }
        if (carries(accounts, scenario, C2C_METRICS)) {
            header.addAll(C2C_HEADER);
        }
        return header;
    }

    /** Whether a measured account of {@code scenario} has one of {@code metrics}. */
    private static boolean carries(List<CoreAccount> accounts, Scenario scenario, List<String> metrics) {
        return accounts.stream().anyMatch(a -> a.scenario().equals(scenario) && a.resources().present()
                && metrics.stream().anyMatch(m -> Double.isFinite(a.resources().get(m))));
    }

    /** The rows of {@code scenario}'s measured accounts, in the accounts' order; empty when none was measured. */
    static List<List<String>> rows(List<CoreAccount> accounts, Scenario scenario) {
        boolean events = carries(accounts, scenario, List.of("cycles"));
        boolean c2c = carries(accounts, scenario, C2C_METRICS);
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
            if (c2c) {
                for (String metric : C2C_METRICS) {
                    cells.add(count(a.resources().get(metric), metric.equals("c2cHitmShare") ? "%.2f%%" : "%,.2f"));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String count(double perOp, String format) {
        return Double.isFinite(perOp) ? String.format(Locale.ROOT, format, perOp) : Numbers.NONE;
    }
}
