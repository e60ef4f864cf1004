package corebench.sweep;

import corebench.worker.ParentWatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The main class of the JMH JVM a sweep starts: JMH behind a {@link ParentWatch}, so that when the sweep dies
 * without a hook (SIGKILL) this JVM kills its forks and ends instead of measuring on and holding JMH's lock.
 *
 * <p>Arguments: {@code [--fork-jvm-arg OPTION]... JMH's command line}. Each fork option reaches JMH's runner as one
 * list element, never through {@code -jvmArgs}, which JMH splits at spaces.
 */
public final class JmhMain {
    /** Precedes one JVM option of the benchmark forks; all of them replace the options the forks would inherit. */
    static final String FORK_JVM_ARG = "--fork-jvm-arg";

    private JmhMain() {
    }

    /** Fork options first, then JMH's command line, unchanged. */
    public static void main(String[] args) throws Exception {
        ParentWatch.start();
        List<String> forkOptions = new ArrayList<>();
        int i = 0;
        while (i + 1 < args.length && args[i].equals(FORK_JVM_ARG)) {
            forkOptions.add(args[i + 1]);
            i += 2;
        }
        String[] jmhArgs = Arrays.copyOfRange(args, i, args.length);
        if (forkOptions.isEmpty()) {
            Main.main(jmhArgs);
            return;
        }
        try {
            new Runner(new OptionsBuilder().parent(new CommandLineOptions(jmhArgs))
                    .jvmArgs(forkOptions.toArray(String[]::new)).build()).run();
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
        } catch (NoBenchmarksException e) {
            System.err.println("No matching benchmarks. Miss-spelled regexp?");
            System.exit(1);
        } catch (RunnerException e) {
            System.err.print("ERROR: ");
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }
}
