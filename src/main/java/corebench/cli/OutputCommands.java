package corebench.cli;

import corebench.report.render.ChartFonts;
import corebench.report.results.ReportException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How the commands that read results and write an output folder ({@code report}, {@code compare}) end:
 * exit 0 when the output was written (one line names what is missing, such as charts on a box that cannot draw
 * text), else one line naming the problem and exit 1, never a stack trace.
 */
final class OutputCommands {

    /** What such a command does; it prints its own notices and summary. */
    @FunctionalInterface
    interface Body {
        void run(PrintWriter out, PrintWriter err) throws ReportException, IOException;
    }

    private OutputCommands() {
    }

    /**
     * Runs {@code body} for command {@code name}, which writes {@code what} (e.g. "the report").
     *
     * @return the exit code
     */
    static int run(CommandSpec spec, String name, String what, Body body) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            body.run(out, err);
            ChartFonts.missing().ifPresent(line -> err.println("corebench " + name + ": " + line));
            return 0;
        } catch (ReportException e) {
            err.println("corebench " + name + ": " + e.getMessage());
        } catch (IOException e) {
            err.println("corebench " + name + ": cannot write " + what + " (" + e + "); the previous output is unchanged");
        } catch (RuntimeException e) {
            err.println("corebench " + name + ": internal error (" + e + "); please report it with the results folders");
        } finally {
            err.flush();
            out.flush();
        }
        return 1;
    }
}
