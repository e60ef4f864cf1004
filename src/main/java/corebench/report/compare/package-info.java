/**
 * Comparing machines: several results folders, one per machine ({@code Contender}, each with its own
 * {@code RunAnalysis}), side by side. {@code Contenders} reads and checks the input, {@code Comparison}
 * matches the scenarios they have in common and computes per scenario and model each machine's
 * {@code Standing} (throughput at 1 core and at all cores, per core, per GHz, relative to the baseline
 * machine) and a {@code Verdict} per {@code Metric} (who wins, by how much, and whether that is beyond the
 * errors); {@code Fairness} states what makes the comparison unfair. Rendering is in
 * {@link corebench.report.render} ({@code Comparison*} classes), the command is {@code corebench.cli.CompareCommand}.
 */
package corebench.report.compare;
