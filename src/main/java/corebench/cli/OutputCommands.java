package corebench.cli;

import corebench.report.render.ChartFonts;
import corebench.report.results.ReportException;
import corebench.report.results.Untrusted;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How the commands that read results and write an output folder ({@code report}, {@code compare}) end:
 * exit 0 when the output was written (one line names what is missing, such as charts on a box that cannot draw
 * text), else one line naming the problem and exit 1, never a stack trace (not even for a JVM out of memory).
 * Control characters in a message are shown as escapes, never sent to the terminal.
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
            err.println("corebench " + name + ": " + Untrusted.visible(e.getMessage()));
        } catch (IOException e) {
            err.println("corebench " + name + ": cannot write " + what + " (" + Untrusted.shown(e.toString())
                    + "); the previous output is unchanged");
        } catch (RuntimeException e) {
            err.println("corebench " + name + ": internal error (" + Untrusted.shown(e.toString())
                    + "); please report it with the results folders");
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("corebench " + name + ": the results need more memory than this JVM has (" + e.getClass().getSimpleName()
                    + "); the previous output is unchanged");
        } finally {
            err.flush();
            out.flush();
        }
        return 1;
    }
}
