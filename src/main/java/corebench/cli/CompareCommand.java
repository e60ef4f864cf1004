package corebench.cli;

import corebench.report.ComparisonReport;
import corebench.report.compare.Comparison;
import corebench.report.compare.Contenders;
import corebench.report.results.MachineIds;
import corebench.report.results.Untrusted;
import corebench.report.render.ScenarioCharts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corebench compare}: several machines' results side by side. It only reads result files. Exit 0
 * when the comparison was written (what makes it unfair and other warnings are printed), 1 when nothing
 * could be compared; every problem is one line, never a stack trace, and no output is left half-written.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares machines: one results folder per machine, side by side. Per workload and model:"
                + " speedup vs cores of every machine in one chart, throughput at 1 core and at all cores, per core"
                + " and per GHz, ratios to the baseline machine, who wins and whether beyond the errors; what makes"
                + " the comparison unfair (JVM, corebench build, sweep settings, core counts, CPU restriction) at"
                + " the top. Writes index.html, summary.md, comparison.csv, wins.csv, measurements.csv and the"
                + " charts (PNG, SVG)."},
        footer = {"", "Examples:",
                "  corebench compare results/laptop-8cpu results/amd-epyc-64cpu      (the newest complete run of each)",
                "  corebench compare fleet/      (every machine folder in it: fleet/<machine-id>/<timestamp>)",
                "  corebench compare results/a results/b --baseline results/b",
                "  corebench compare results/a results/b --label results/a=laptop --out charts/compare/mine"})
public class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RESULT_DIR",
            description = "One results folder per machine: a run (results/<machine-id>/<timestamp>) or a machine"
                    + " folder (results/<machine-id>, meaning its newest complete run), or a folder of machine folders"
                    + " (results/, a fleet's results brought home: every machine in it).")
    List<Path> resultDirs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder, replaced as a whole (default: charts/compare/<machine>-vs-<machine>/).")
    Path out;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "The machine the others are divided by (default: the first RESULT_DIR); added if not listed.")
    Path baseline;

    @Option(names = "--label", paramLabel = "DIR=NAME", mapFallbackValue = "",
            description = "Name a machine in charts and tables (default: its machine id). Repeatable.")
    Map<Path, String> labels = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    /**
     * {@code charts/compare/<label>-vs-<label>}, the labels made file-name safe ({@code machine<n>} if nothing
     * safe is left, e.g. for a label {@code ..}).
     */
    static Path defaultOut(Comparison comparison) {
        List<String> labels = comparison.labels();
        return ReportCommand.CHARTS.resolve("compare").resolve(IntStream.range(0, labels.size())
                .mapToObj(i -> MachineIds.safe(ScenarioCharts.fileName(labels.get(i))) ? ScenarioCharts.fileName(labels.get(i))
                        : "machine" + (i + 1))
                .collect(Collectors.joining("-vs-")));
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    @Override
    public Integer call() {
        return OutputCommands.run(spec, "compare", "the comparison", (stdout, err) -> {
            long start = System.nanoTime();
            Comparison comparison = Comparison.of(Contenders.read(resultDirs, baseline, labels));
            Path target = out != null ? out : defaultOut(comparison);
            ComparisonReport.Outcome outcome = ComparisonReport.render(comparison, target);
            comparison.unfair().forEach(u -> err.println("unfair: " + Untrusted.visible(u)));
            comparison.leftOut().forEach(l -> err.println("not compared: " + Untrusted.visible(l)));
            comparison.warnings().forEach(w -> err.println("warning: " + Untrusted.visible(w)));
            stdout.printf("comparison of %s written to %s (%s, %d charts, %s, %.1f s)%n",
                    Untrusted.visible(String.join(", ", comparison.labels())), outcome.folder().resolve("index.html"),
                    count(comparison.scenarios().size(), "scenario"), outcome.charts(),
                    count(comparison.unfair().size(), "unfair difference"), (System.nanoTime() - start) / 1e9);
        });
    }
}
