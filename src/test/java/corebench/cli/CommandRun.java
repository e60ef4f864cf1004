package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A picocli command run in this JVM with its exit code and output captured; never a stack trace.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CommandRun(int exit, String out, String err) {

    /** Notices a command prints besides its errors, each on its own line. */
    private static final List<String> NOTICES = List.of("warning: ", "unfair: ", "not compared: ");

    /** Runs {@code command} with {@code args}. */
    static CommandRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        CommandRun run = new CommandRun(exit, out.toString(), err.toString());
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        return run;
    }

    /**
     * Runs {@code corebench args} through the real entry point's command line (its error handlers included),
     * with {@code System.out} captured too: the sweep prints there.
     */
    static CommandRun ofMain(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(stdout, true));
            exit = cl.execute(args);
        } finally {
            System.setOut(saved);
        }
        CommandRun run = new CommandRun(exit, stdout.toString(), err.toString());
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        return run;
    }

    /** The error lines that are not notices. */
    List<String> errors() {
        return err.lines().filter(l -> NOTICES.stream().noneMatch(l::startsWith)).toList();
    }

    /** The lines starting with {@code warning: }. */
    List<String> warnings() {
        return err.lines().filter(l -> l.startsWith("warning: ")).toList();
    }

    /**
     * Fails unless this run failed with exit 1 and exactly one error line, starting with {@code start} and
     * containing {@code problem}, and left nothing at {@code out} (not even temporary folders beside it).
     */
    void assertRefused(Path out, String start, String problem) throws IOException {
        assertThat(exit).as(err).isEqualTo(1);
        assertThat(errors()).hasSize(1);
        assertThat(errors().getFirst()).startsWith(start).contains(problem);
        assertThat(out).doesNotExist();
        if (Files.exists(out.getParent())) {
            try (Stream<Path> left = Files.list(out.getParent())) {
                assertThat(left).isEmpty();
            }
        }
    }
}
