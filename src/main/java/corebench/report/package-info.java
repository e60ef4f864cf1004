/**
 * The reporter: results folders in, charts and tables out. It only reads result files, and imports no
 * other corebench package (a test holds it to that): what it knows of models and workloads is the
 * published result format of docs/results-format.md, such as {@code results.KnownModels}' model names.
 *
 * <p>Five layers, each depending only on the ones before it:
 * <ol>
 *   <li>{@link corebench.report.results}: reading and validating {@code jmh.json} and {@code machine.json}
 *       ({@code ResultsReader}) into measurements with their errors, one line per problem.</li>
 *   <li>{@link corebench.report.analysis}: throughput ({@code WorkPerOperation}), speedups, efficiency and
 *       Karp–Flatt ({@code RunAnalysis}), and the fits: {@code AmdahlFit}, {@code GustafsonFit},
 *       {@code UslFit}, all through one weighted least-squares engine ({@code LeastSquares},
 *       {@code FitSolution} for errors and goodness of fit).</li>
 *   <li>{@link corebench.report.render}: charts ({@code ScenarioCharts} on top of the neutral
 *       {@code ScalingPlot} and {@code ThroughputBars}, written by {@code ChartFiles}), {@code HtmlReport},
 *       {@code MarkdownSummary}, {@code CsvTables}; colours in {@code Palette}, number formats in
 *       {@code Numbers}.</li>
 *   <li>{@link corebench.report.verdict}: which model for which work, from the analysis, in words from one
 *       rule table; it opens the page, the summary and the console output. The warnings that change the
 *       reading are {@code Caveats} in the analysis layer.</li>
 *   <li>This package: {@link corebench.report.Report} renders an analysis into an output folder that
 *       {@link corebench.report.OutputFolder} replaces as a whole. The command is
 *       {@code corebench.cli.ReportCommand}, which also picks the default input (the newest run of the
 *       machine it runs on): the reporter never looks at the machine it runs on.</li>
 * </ol>
 * Comparing machines reuses all of it: one {@code RunAnalysis} per machine, series per machine instead of
 * per model in the same plots ({@code PlotSeries}).
 */
package corebench.report;
