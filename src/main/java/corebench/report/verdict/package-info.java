/**
 * The verdict: "which model for which work on this machine", the first thing the report shows
 * ({@code index.html}, {@code summary.md}, the end of {@code corebench report}, {@code verdict.csv},
 * {@code verdict.json}).
 *
 * <p>Its only input is the reporter's analysis ({@link corebench.report.analysis.RunAnalysis}): it reads
 * no file itself. How the parts fit:
 * <ul>
 *   <li>{@link corebench.report.verdict.Verdict#KINDS}: one {@link corebench.report.verdict.WorkKind} per
 *       kind of work (CPU-bound, memory-bound, tiny tasks, ...), each turning the analysis into a
 *       {@link corebench.report.verdict.VerdictRow}, or nothing when the run did not measure it. A new
 *       workload is one more kind; another reading of tiny tasks (e.g. a queue workload) adds its
 *       contenders to {@code TinyTasks}.</li>
 *   <li>{@link corebench.report.verdict.Ranking}: ranks {@link corebench.report.verdict.Contender}s so
 *       that models whose paired ratio to the best one has a 99.9% interval holding 1 share rank 1: no
 *       winner by noise; results that are not claimed are not ranked.</li>
 *   <li>{@link corebench.report.verdict.Wording}: every sentence, in one rule table; {@code Judgement}
 *       applies the rules every kind shares.</li>
 *   <li>{@link corebench.report.verdict.TaskOverhead} and {@link corebench.report.verdict.WorkersNeeded}:
 *       the break-even task sizes (granularity) and the workers blocking work needs.</li>
 *   <li>{@link corebench.report.verdict.VerdictTables} and {@link corebench.report.verdict.VerdictFiles}:
 *       the same tables for the page, the Markdown, the console and the files.</li>
 * </ul>
 * It sits above {@code render} (it uses its number formats and HTML and Markdown tables) and below the
 * {@link corebench.report.Report} that puts it first.
 */
package corebench.report.verdict;
