package corebench.report.verdict;

import corebench.report.analysis.RunAnalysis;
import java.util.Optional;

/**
 * One kind of work the verdict answers for. It reads only the reporter's analysis of the results; a
 * new workload (or a new reading of one) is one implementation added to {@link Verdict#KINDS}.
 */
public interface WorkKind {

    /** The verdict row, or empty when the run did not measure this kind of work. */
    Optional<VerdictRow> row(RunAnalysis analysis);
}
