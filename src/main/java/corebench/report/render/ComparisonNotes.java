package corebench.report.render;

import java.util.List;

/** How to read a comparison's numbers: shown at the end of its HTML page and of its summary.md. */
public final class ComparisonNotes {

    /** One paragraph per topic. */
    public static final List<String> METHOD = List.of(
            "Each machine is one results folder, analysed as 'corebench report' does. Machines are compared per"
                    + " scenario (the same workload with the same parameters on every machine) and model. '1 core'"
                    + " is the throughput with 1 worker on 1 core; 'all cores' is the throughput at the most cores"
                    + " that machine measured for the model (workers = cores), so it compares different numbers of"
                    + " cores when the machines differ; a model measured there only with other worker counts (blocking"
                    + " tasks at 256 workers) takes its fastest run on those cores, marked with its workers. 'per"
                    + " core' is the all-core throughput ÷ its cores. Per-GHz figures"
                    + " divide by the machine's base frequency (else its maximum) and are left out for a machine"
                    + " whose frequency is unknown, as on most virtual machines.",
            "Speedup charts divide each machine's throughput by the same model's 1-core throughput on the same"
                    + " machine: a curve shows how well a machine scales, not how fast it is; the bars show how fast.",
            "Every ± is the half-width of a 99.9% confidence interval: JMH's for measured scores; for ratios"
                    + " (speedups, ÷ baseline, a winner's margin) the relative errors of both figures added in"
                    + " quadrature. A win is 'beyond errors' when the winner's and the runner-up's 99.9% intervals do"
                    + " not overlap, 'within errors' when they do (the measurements cannot tell the machines apart),"
                    + " and 'error unknown' when JMH had too few iterations to give one.",
            "A comparison is only as fair as its runs. The box at the top lists every difference corebench can see"
                    + " besides the hardware: JVM, corebench build, sweep settings, core counts, CPU restriction,"
                    + " unfinished sweeps. It cannot see other load on a machine, thermal limits or power settings:"
                    + " run on quiet machines, and repeat a run when a result surprises you.");

    private ComparisonNotes() {
    }
}
