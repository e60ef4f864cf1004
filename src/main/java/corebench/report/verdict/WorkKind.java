package corebench.report.verdict;

import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import java.util.List;
import java.util.Optional;

/**
 * One kind of work the verdict answers for. It reads only the reporter's analysis of the results; a
 * new workload (or a new reading of one) is one implementation added to {@link Verdict#KINDS}.
 */
public interface WorkKind {

    /**
     * The verdict row, or empty when the run did not measure this kind of work.
     *
     * @param accounts the analysis's {@link CoreAccounts#of core accounts}, read once for every kind
     */
    Optional<VerdictRow> row(RunAnalysis analysis, List<CoreAccount> accounts);
}
