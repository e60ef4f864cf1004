/**
 * The judge of the statistics: an A/A check over several runs of the same plan ({@code AaCheck}). If the
 * intervals hold, results of two runs differ by more than their combined 99.9% interval about once in a
 * thousand pairs. The command is {@code corebench.cli.AaCheckCommand}.
 */
package corebench.report.judge;
