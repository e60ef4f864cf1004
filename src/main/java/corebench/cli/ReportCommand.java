package corebench.cli;

import corebench.report.Report;
import corebench.report.results.ResultsReader;
import corebench.report.results.RunResults;
import corebench.report.results.Untrusted;
import corebench.report.analysis.Caveats;
import corebench.report.analysis.RunAnalysis;
import corebench.report.verdict.VerdictFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corebench report}: turns results folders into charts, tables and an HTML page. It only reads
 * result files. Exit 0 when a report was written (warnings are printed), 1 when nothing could be
 * reported; every problem is one line, never a stack trace.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Turns results folders into charts (PNG, SVG), index.html, summary.md, tables.csv, fits.csv,"
                + " verdict.csv and verdict.json: which model for which work, then"
                + " speedup, efficiency, throughput and oversubscription per workload and model, with Amdahl,"
                + " Gustafson and USL fits.",
                "Without RESULT_DIR: the newest run of this machine under results/."})
public class ReportCommand implements Callable<Integer> {

    /** Where sweeps write their results. */
    static final Path RESULTS = Path.of("results");
    /** Where reports go by default: {@code charts/<machine-id>/}. */
    static final Path CHARTS = Path.of("charts");

    @Parameters(arity = "0..*", paramLabel = "RESULT_DIR",
            description = "Results folders of one machine (results/<machine-id>/<timestamp>); several are merged.")
    List<Path> resultDirs = List.of();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder, replaced as a whole (default: charts/<machine-id>/).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return OutputCommands.run(spec, "report", "the report", (stdout, err) -> {
            long start = System.nanoTime();
            List<Path> folders = resultDirs.isEmpty() ? List.of(ThisMachineRuns.newest(RESULTS)) : resultDirs;
            RunResults results = ResultsReader.read(folders);
            Path target = out != null ? out : CHARTS.resolve(results.machineId());
            Report.Outcome outcome = Report.render(RunAnalysis.of(results), target);
            List<String> warnings = Caveats.of(outcome.analysis()).all();
            warnings.forEach(w -> err.println("warning: " + Untrusted.visible(w)));
            err.flush();
            stdout.printf("report of %s written to %s (%d charts, %d warnings, %.1f s)%n",
                    String.join(", ", folders.stream().map(Path::toString).toList()),
                    outcome.folder().resolve("index.html"), outcome.charts(), warnings.size(),
                    (System.nanoTime() - start) / 1e9);
            // the answer last, where a person looking at the end of mvn verify's output sees it
            VerdictFiles.console(outcome.verdict()).forEach(line -> stdout.println(Untrusted.visible(line)));
        });
    }
}
