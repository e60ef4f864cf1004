package corebench.sweep;

import corebench.bench.PerfC2c;
import corebench.format.HardwareEvents;
import corebench.worker.JvmOptions;
import corebench.worker.ParentWatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Runs one {@link JmhRun} as its own JVM ({@link JmhMain}) confined to a step's CPUs, an affinity inherited by JMH's
 * forks and every child JVM they start. Its output goes to the run log; each finished benchmark to a listener.
 */
public final class JmhLauncher implements Launcher {
    /** Lines of JMH output kept to explain a failure. */
    private static final int TAIL_LINES = 25;
    /** At most this many lines of a failed run's output on the console. */
    private static final int FAILURE_LINES = 8;
    private static final Pattern STACK_FRAME = Pattern.compile("\\s*(at \\S+|\\.\\.\\. \\d+ more)\\s*");
    /** The fork options corebench itself generates, and no other (machine.json's cluster reaches the command line). */
    private static final Pattern FORK_OPTION = Pattern.compile("-XX:ActiveProcessorCount=[0-9]{1,6}"
            + "|-Djava\\.io\\.tmpdir=[^\\p{Cntrl}]+"
            + "|-Dcorebench\\.[A-Za-z][A-Za-z.]{0,60}=[A-Za-z0-9._:,\\[\\]%-]{0,4000}");

    /** A benchmark method of corebench's own, as a plan names it. */
    private static final Pattern BENCHMARK = Pattern.compile("corebench\\.bench\\.[A-Za-z0-9]{1,60}\\.[A-Za-z0-9]{1,60}");
    /** A run's name, which also names its step file. */
    private static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,60}");
    private static final Pattern PARAM_VALUE = Pattern.compile("[A-Za-z0-9._:+-]{1,100}");

    /** The capacity probe of every fork ({@code corebench.bench.CapacityProfiler}). */
    static final String CAPACITY_PROFILER = "corebench.bench.CapacityProfiler";

    private final String javaBinary;
    private final String classPath;
    private final CpuRestriction restriction;
    private final List<String> forkOptions;
    private final HardwareEvents hardwareEvents;
    /** The JMH JVM now running; guarded by this, so that a stop can never miss a start. */
    private Process running;
    private boolean stopped;

    /**
     * With {@code forkOptions} added to every benchmark fork (e.g. the real cluster of {@code --cluster}) and JMH's
     * {@code perfnorm} profiler on every run where {@code events} were found countable.
     */
    public JmhLauncher(String javaBinary, String classPath, CpuRestriction restriction, List<String> forkOptions,
                       HardwareEvents events) {
        this.hardwareEvents = events;
        this.javaBinary = javaBinary;
        this.classPath = classPath;
        this.restriction = restriction;
        this.forkOptions = List.copyOf(forkOptions);
        checkForkOptions(this.forkOptions);
    }

    /** Throws an {@link IllegalArgumentException} naming the first option corebench does not generate for the forks. */
    public static void checkForkOptions(List<String> options) {
        for (String option : options) {
            if (!FORK_OPTION.matcher(option).matches()) {
                throw new IllegalArgumentException("refused JVM option for the benchmark forks: '"
                        + option.replaceAll("\\p{Cntrl}", "?") + "' is not one corebench generates");
            }
        }
    }

    /** This JVM's own java binary: children and benchmarks run on the JDK the sweep runs on. */
    public static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The JVM options a k-core step adds to every benchmark fork (JMH appends the benchmarks' own @Fork options). */
    static List<String> forkJvmArgs(int cores, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("-XX:ActiveProcessorCount=" + cores,
                // the forks and their child JVMs must agree with this JVM on where shared-memory files go
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        // the process and cluster models read these in the fork, where they run
        for (String property : List.of("corebench.batchTimeout", "corebench.memberStartTimeout")) {
            Optional.ofNullable(System.getProperty(property)).ifPresent(value -> args.add("-D" + property + "=" + value));
        }
        args.addAll(extra);
        checkForkOptions(args);
        args.addAll(JvmOptions.forThisJdk());
        return args;
    }

    /**
     * Throws an {@link IllegalArgumentException} unless {@code run} is one a corebench plan makes: a corebench benchmark,
     * a plain file name, parameters of letters, digits and {@code . _ : + -} (it may come from a received machine.json).
     */
    public static void checkRun(JmhRun run) {
        if (run.benchmark() == null || !BENCHMARK.matcher(run.benchmark()).matches()) {
            throw new IllegalArgumentException("refused run: its benchmark is not one of corebench's");
        }
        if (run.name() == null || !RUN_NAME.matcher(run.name()).matches()) {
            throw new IllegalArgumentException("refused run of " + run.benchmark() + ": its name is not a plain file name");
        }
        for (Map.Entry<String, List<String>> p : run.params().entrySet()) {
            if (!PARAM_NAME.matcher(p.getKey()).matches() || p.getValue().isEmpty()
                    || !p.getValue().stream().allMatch(v -> v != null && PARAM_VALUE.matcher(v).matches())) {
                throw new IllegalArgumentException("refused run " + run.name() + ": a parameter name or value has characters"
                        + " no corebench plan uses");
            }
        }
    }

    /** The full command line of one JMH run with {@code settings} (forks, iterations, times). */
    public List<String> command(SweepPlan.Step step, JmhRun run, SweepPlan.JmhSettings settings, Path resultFile) {
        checkRun(run);
        List<String> cmd = new ArrayList<>(restriction.commandPrefix(step.cores()));
        cmd.add(javaBinary);
        // JMH's machine-wide lock lives in java.io.tmpdir: the same one SweepLock checked
        cmd.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        cmd.add(ParentWatch.parentOption());
        cmd.addAll(List.of("-cp", classPath, JmhMain.class.getName()));
        // each fork option one argument of its own, replacing the host's options (forks would inherit them):
        // JMH's -jvmArgs would split a joined string at spaces again
        for (String option : forkJvmArgs(step.cores(), forkOptions)) {
            cmd.addAll(List.of(JmhMain.FORK_JVM_ARG, option));
        }
        cmd.add("^" + run.benchmark().replace(".", "\\.") + "$");
        for (Map.Entry<String, List<String>> p : run.params().entrySet()) {
            cmd.addAll(List.of("-p", p.getKey() + "=" + String.join(",", p.getValue())));
        }
        cmd.addAll(List.of(
                "-f", String.valueOf(settings.forks()),
                "-wi", String.valueOf(settings.warmupIterations()), "-w", settings.warmupMillis() + "ms",
                "-i", String.valueOf(settings.iterations()), "-r", settings.iterationMillis() + "ms",
                // what the machine delivered to each fork, right before and after its measured iterations (ForkCheck)
                "-prof", CAPACITY_PROFILER));
        if (hardwareEvents.available()) {
            cmd.addAll(List.of("-prof", "perfnorm:events=" + HardwareEvents.EVENTS)); // the events per operation
        }
        cmd.addAll(PerfC2c.profilerFor(hardwareEvents, run.workload()));
        cmd.addAll(List.of(
                // without -foe JMH exits 0 even when benchmarks fail
                "-foe", "true",
                "-rf", "json", "-rff", resultFile.toString()));
        return cmd;
    }

    /** A run that passed its {@link RunDeadline}: its processes were killed. */
    public static final class PastDeadline extends IOException {
        private static final long serialVersionUID = 1L;

        PastDeadline(String message) {
            super(message);
        }
    }

    /** A run whose JMH exited with an error (a benchmark's check or set-up failed) or wrote no result. */
    public static final class RunFailed extends IOException {
        private static final long serialVersionUID = 1L;

        RunFailed(String message) {
            super(message);
        }
    }

    /**
     * Runs it, appending its output to {@code log} and telling {@code listener} about each benchmark.
     * Returns normally only if JMH succeeded and wrote its result, else throws {@link RunFailed}; past
     * {@code deadline} the JMH JVM and everything it started are killed and {@link PastDeadline} is thrown.
     */
    @Override
    public void run(SweepPlan.Step step, JmhRun run, SweepPlan.JmhSettings settings, Path resultFile, Path log,
                    Listener listener, RunDeadline deadline) throws IOException, InterruptedException {
        List<String> cmd = command(step, run, settings, resultFile);
        Deque<String> tail = new ArrayDeque<>();
        try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write("\n### " + String.join(" ", cmd) + "\n");
            Process p = start(cmd);
            p.getOutputStream().close();
            AtomicBoolean killed = new AtomicBoolean();
            p.onExit().orTimeout(deadline.limit().toMillis(), TimeUnit.MILLISECONDS).exceptionally(pastDeadline -> {
                killed.set(true);
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                // by its handle: Process.destroyForcibly would also close the output still being read
                p.toHandle().destroyForcibly();
                return p;
            });
            String failure = null;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String params = "";
                boolean resultNext = false;
                boolean causeNext = false;
                for (String line; (line = in.readLine()) != null; ) {
                    out.write(line);
                    out.write('\n');
                    if (line.startsWith("# Parameters: ")) {
                        params = line.substring("# Parameters: ".length());
                    } else if (line.startsWith("Result \"")) {
                        resultNext = true;
                    } else if (resultNext) {
                        resultNext = false;
                        listener.finished(params, line.trim());
                    } else if (failure == null && line.endsWith("<failure>")) {
                        // JMH prints the benchmark's exception right after its failed iteration; the first one tells
                        failure = params;
                        causeNext = true;
                    } else if (causeNext && !line.isBlank()) {
                        causeNext = false;
                        failure = failure + ": " + line.strip();
                    }
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            } finally {
                out.flush();
            }
            int exit = p.waitFor();
            synchronized (this) {
                running = null;
            }
            if (killed.get()) {
                out.write("\n### corebench: killed after its deadline of " + deadline.limit().toSeconds() + " s\n");
                throw new PastDeadline("JMH run " + run.name() + " at " + step.cores() + " cores passed its deadline of "
                        + deadline.limit().toSeconds() + " s (planned iterations " + deadline.planned().toSeconds()
                        + " s) and was killed with its forks; its last lines:\n  " + String.join("\n  ", failureLines(tail)));
            }
            if (exit != 0 || !Files.isRegularFile(resultFile)) {
                throw new RunFailed("JMH run " + run.name() + " at " + step.cores() + " cores failed (exit " + exit + ")"
                        + (failure != null ? " at " + failure : "; its last lines:\n  " + String.join("\n  ", failureLines(tail))));
            }
        }
    }

    /** Hears about each benchmark of a run as JMH finishes it. */
    @FunctionalInterface
    public interface Listener {
        /** @param params JMH's "(a = 1, b = 2)" parameter line; @param result its score line */
        void finished(String params, String result);
    }

    private synchronized Process start(List<String> cmd) throws IOException {
        if (stopped) {
            throw new IOException("the sweep was stopped");
        }
        running = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        return running;
    }

    /** Stops the running JMH and everything it started, and refuses to start another (Ctrl-C may land between runs). */
    public synchronized void stop() {
        stopped = true;
        if (running != null) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
    }

    /** The last lines of a run's output that say something: no blank lines, no stack frames (run.log has them). */
    static List<String> failureLines(Deque<String> tail) {
        List<String> lines = new ArrayList<>(tail);
        lines.removeIf(l -> l.isBlank() || STACK_FRAME.matcher(l).matches());
        return lines.subList(Math.max(0, lines.size() - FAILURE_LINES), lines.size());
    }
}
