package corebench.report.render;

import java.util.List;

/** How to read the report's numbers: shown at the end of the HTML page and of summary.md. */
public final class ReportNotes {

    /** One paragraph per topic. */
    public static final List<String> METHOD = List.of(
            "Every ± is the half-width of a 99.9% confidence interval. For measured times: Student's t over the"
                    + " forks' steady-state means (warm-up and bursts cut from each fork; iterations are never pooled);"
                    + " for ratios (speedups, efficiency, overheads) Student's t over the rounds, fork r of one result"
                    + " paired with fork r of the other (independent errors in quadrature where no rounds pair); for"
                    + " fitted parameters 3.29 standard errors from the fit's covariance, scaled up by √(χ²/dof) when"
                    + " the points scatter more than their errors allow. A result of one fork, with forks that never"
                    + " settled or forks in separate modes is not claimed: it has no ± (shown as ?), is marked and is"
                    + " never ranked; so is every result of a step the machine could not give its CPUs (see the delivered"
                    + " capacity per step, where the run recorded it). Two models are tied when their paired ratio's"
                    + " interval holds 1.",
            "Speedup is throughput divided by the same model's throughput with 1 worker on 1 core (for weak"
                    + " scaling, where the work grows with the workers, this is the scaled speedup); 'vs sequential'"
                    + " divides by the sequential model on 1 core instead. Efficiency is speedup ÷ cores. Karp–Flatt"
                    + " e = (1/S − 1/p) / (1 − 1/p) is the serial fraction measured at each core count: an e that"
                    + " grows with p points at overhead (hand-offs, synchronisation) rather than at serial work.",
            "Fits are least squares on throughput (commons-math3 Levenberg–Marquardt), each point weighted by"
                    + " 1/σ² with σ its standard error (recovered from JMH's interval): Amdahl"
                    + " X(p) = X₁ / (f + (1 − f)/p) with f in [0, 1] for strong scaling, Gustafson"
                    + " X(p) = X₁ (p − α(p − 1)) for weak scaling, and the Universal Scalability Law"
                    + " X(N) = λN / (1 + σ(N − 1) + κN(N − 1)) with σ, κ ≥ 0 and its peak at N* = √((1 − σ)/κ),"
                    + " only with at least 4 core counts; Amdahl and Gustafson only with at least 3 (2 parameters and"
                    + " one count to test them). A fit at a bound of its parameters, or one whose points"
                    + " scatter far more than their errors (p < 0.001), is flagged ⚠. Curves beyond the measured"
                    + " cores are dashed: predictions, not measurements, with the fit's 99.9% band dotted.",
            "cores is the number of CPUs a run was restricted to; a run without restriction (cores=0) is placed"
                    + " at the CPUs its workers could occupy, min(workers, logical CPUs), and marked unrestricted."
                    + " Runs with workers = cores form the scaling curve; more workers than cores is"
                    + " oversubscription.",
            "Rounds: the sweep measures in rounds, one fork of every benchmark per round, one benchmark at a time"
                    + " across the core counts; each result has one fork per round it took part in. A fork during which the"
                    + " capacity probe or the noise record says the machine did not deliver the step's CPUs is set aside"
                    + " (kept, never averaged in) and measured again in a later round. The fork-to-fork spread (half the"
                    + " range of the fork means, relative to the score) stands beside the interval. Runs made before rounds"
                    + " had a precision target instead (re-runs until it was met): their precision column says which.");

    private ReportNotes() {
    }
}
