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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Runs one {@link JmhRun} as its own JVM ({@code org.openjdk.jmh.Main}) confined to a step's CPUs:
 * the affinity set on this JVM is inherited by JMH's forks and by every child JVM they start, which is
 * what makes the core count real. The console output goes to the run log; each benchmark start is
 * reported to a listener for progress.
 */
public final class JmhLauncher implements Launcher {
    /** Lines of JMH output kept to explain a failure. */
    private static final int TAIL_LINES = 25;
    /** At most this many lines of a failed run's output on the console. */
    private static final int FAILURE_LINES = 8;
    private static final Pattern STACK_FRAME = Pattern.compile("\\s*(at \\S+|\\.\\.\\. \\d+ more)\\s*");
    /**
     * The fork options corebench itself generates, and no other: a value read from a run folder
     * ({@code machine.json}'s cluster) reaches every fork's command line.
     */
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
    private final SweepPlan.JmhSettings settings;
    private final List<String> forkOptions;
    private final HardwareEvents hardwareEvents;
    /** The JMH JVM now running; guarded by this, so that a stop can never miss a start. */
    private Process running;
    private boolean stopped;

    public JmhLauncher(String javaBinary, String classPath, CpuRestriction restriction, SweepPlan.JmhSettings settings) {
        this(javaBinary, classPath, restriction, settings, List.of());
    }

    /** With {@code forkOptions} added to every benchmark fork (e.g. the real cluster of {@code --cluster}). */
    public JmhLauncher(String javaBinary, String classPath, CpuRestriction restriction, SweepPlan.JmhSettings settings,
                       List<String> forkOptions) {
        this(javaBinary, classPath, restriction, settings, forkOptions, HardwareEvents.absent("not probed"));
    }

    /** With JMH's {@code perfnorm} profiler on every run where {@code events} were found countable. */
    public JmhLauncher(String javaBinary, String classPath, CpuRestriction restriction, SweepPlan.JmhSettings settings,
                       List<String> forkOptions, HardwareEvents events) {
        this.hardwareEvents = events;
        this.javaBinary = javaBinary;
        this.classPath = classPath;
        this.restriction = restriction;
        this.settings = settings;
        this.forkOptions = List.copyOf(forkOptions);
        checkForkOptions(this.forkOptions);
    }

    /**
     * Throws unless each option is one corebench generates for the benchmark forks.
     *
     * @throws IllegalArgumentException naming the first other one
     */
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

    /**
     * The JVM options a k-core step adds to every benchmark fork (the benchmarks' own @Fork options, such
     * as the Vector API module, are appended by JMH).
     *
     * @throws IllegalArgumentException if one is not an option corebench generates (e.g. an address with a space)
     */
    static List<String> forkJvmArgs(int cores, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("-XX:ActiveProcessorCount=" + cores,
                // the forks and their child JVMs must agree with this JVM on where shared-memory files go
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        for (String property : List.of("corebench.batchTimeout", "corebench.memberStartTimeout")) {
            String value = System.getProperty(property);
            if (value != null) {
                // the process and cluster models read them in the fork, where they run
                args.add("-D" + property + "=" + value);
            }
        }
        args.addAll(extra);
        // JMH 1.37 uses sun.misc.Unsafe: JDK 23+ warns about it on every fork unless allowed
        checkForkOptions(args);
        args.addAll(JvmOptions.forThisJdk());
        return args;
    }

    /**
     * Throws unless {@code run} is one a corebench plan makes: a corebench benchmark, a run name that is a plain
     * file name, parameter names and values of letters, digits and {@code . _ : + -} (a run may come from a
     * received machine.json, and these reach JMH's command line and the run folder's paths).
     *
     * @throws IllegalArgumentException naming what is refused
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

    /** The full command line of one JMH run with the launcher's settings. */
    public List<String> command(SweepPlan.Step step, JmhRun run, Path resultFile) {
        return command(step, run, settings, resultFile);
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
        cmd.addAll(profilers(hardwareEvents));
        cmd.addAll(PerfC2c.profilerFor(hardwareEvents, run.workload()));
        cmd.addAll(List.of(
                // without -foe JMH exits 0 even when benchmarks fail
                "-foe", "true",
                "-rf", "json", "-rff", resultFile.toString()));
        return cmd;
    }

    /** JMH's {@code perfnorm} (the events per operation as secondary results) where the events count, else nothing. */
    static List<String> profilers(HardwareEvents events) {
        return events.available() ? List.of("-prof", "perfnorm:events=" + HardwareEvents.EVENTS) : List.of();
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
    public void run(SweepPlan.Step step, JmhRun run, Path resultFile, Path log, Listener listener, RunDeadline deadline)
            throws IOException, InterruptedException {
        run(step, run, settings, resultFile, log, listener, deadline);
    }

    /** {@link #run(SweepPlan.Step, JmhRun, Path, Path, Listener, RunDeadline)} with other settings (a re-run's). */
    public void run(SweepPlan.Step step, JmhRun run, SweepPlan.JmhSettings settings, Path resultFile, Path log,
                    Listener listener, RunDeadline deadline) throws IOException, InterruptedException {
        List<String> cmd = command(step, run, settings, resultFile);
        Deque<String> tail = new ArrayDeque<>();
        try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write("\n### " + String.join(" ", cmd) + "\n");
            Process p = start(cmd);
            p.getOutputStream().close();
            AtomicBoolean killed = new AtomicBoolean();
            Thread.ofPlatform().daemon().name("corebench-run-deadline").start(() -> {
                try {
                    if (!p.waitFor(deadline.limit().toMillis(), TimeUnit.MILLISECONDS)) {
                        killed.set(true);
                        p.descendants().forEach(ProcessHandle::destroyForcibly);
                        // by its handle: Process.destroyForcibly would also close the output still being read
                        p.toHandle().destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
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

    /**
     * Stops the running JMH and everything it started (forks and their child JVMs), and refuses to start
     * another: Ctrl-C may land between two runs.
     */
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
