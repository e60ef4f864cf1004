/**
 * What a results folder says: {@code ResultsReader} reads {@code jmh.json} (JMH's JSON, see
 * docs/results-format.md) and {@code machine.json} into {@code RunResults}: {@code Measurement}s of
 * {@code Scenario}s (a workload and its parameters) by model, workers and cores, with scores in seconds
 * per operation ({@code ScoreUnit} converts) and their 99.9% confidence half-widths ({@code Estimate}).
 */
package corebench.report.results;
