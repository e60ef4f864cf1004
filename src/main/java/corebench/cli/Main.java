package corebench.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * corebench's single entry point ({@code scripts/corebench} and {@code mvn verify} both call it):
 * {@code sweep} measures, {@code report} draws, {@code compare} puts machines side by side, {@code list}
 * shows what there is.
 */
@Command(name = "corebench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Which concurrency model should I use for this kind of work on this machine, and how far will it scale?",
                "",
                "Measures platform threads, virtual threads, ForkJoin, parallel streams and pools of child JVMs "
                        + "with JMH at every core count of this machine, then turns the results into speedup, "
                        + "efficiency and Amdahl / USL charts."},
        subcommands = {SweepCommand.class, ReportCommand.class, CompareCommand.class, AaCheckCommand.class, ListCommand.class,
                MemberCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'corebench <command> --help' for the options of a command."})
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Console.install();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad input). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, shared by main and tests. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // in the streams' own charset, so that Console's ASCII streams see every character
        cl.setOut(Console.writer(System.out));
        cl.setErr(Console.writer(System.err));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // expected failures are one clear line; anything else also gets its type for bug reports
            boolean expected = e instanceof UserException || e instanceof IOException;
            commandLine.getErr().println("corebench: " + (expected ? e.getMessage() : e));
            return e instanceof UserException u ? u.exitCode() : 1;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("corebench: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            return 2;
        });
        return cl;
    }
}
