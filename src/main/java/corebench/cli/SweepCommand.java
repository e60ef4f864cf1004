package corebench.cli;

import corebench.cluster.ClusterDescription;
import corebench.bench.PerfC2cProbe;
import corebench.bench.Workload;
import corebench.cluster.ClusterTarget;
import corebench.cluster.HostPort;
import corebench.format.HardwareEvents;
import corebench.model.ModelKind;
import corebench.model.Models;
import corebench.report.results.MachineIds;
import corebench.sweep.BuildInfo;
import corebench.sweep.CpuRestriction;
import corebench.sweep.CpuTopology;
import corebench.sweep.JmhLauncher;
import corebench.sweep.JmhRun;
import corebench.sweep.MachineInfo;
import corebench.sweep.PerfProbe;
import corebench.sweep.Rounds;
import corebench.sweep.Resources;
import corebench.sweep.RunFolder;
import corebench.sweep.RunManifest;
import corebench.sweep.SharedMemoryCheck;
import corebench.sweep.Sweep;
import corebench.sweep.SweepLock;
import corebench.sweep.SweepPlan;
import corebench.sweep.SweepPipeline;
import corebench.worker.ParentWatch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalInt;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corebench sweep}: measures every model and workload at every core count into a new results folder. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs the benchmarks at every core count of this machine (1, 2, 4, ... and the machine's own "
                        + "count), each step confined to its CPUs (Linux taskset) with -XX:ActiveProcessorCount to "
                        + "match, and writes results/<machine-id>/<UTC time>/ with jmh.json, machine.json and run.log. "
                        + "An earlier run's folder is never touched.",
                "",
                "Rounds: the sweep repeats in rounds; each round runs one JMH fork of every benchmark it measures, one "
                        + "benchmark at a time across the core counts. Every benchmark is in the first --rounds rounds, "
                        + "Monte Carlo and grid Jacobi (the headline) in the first --headline-rounds and in more while the "
                        + "budget allows. A result's interval is Student's t over its forks (99.9%%). Each round is saved "
                        + "as it finishes: Ctrl-C after a round leaves a usable run, --resume goes on with the next. A fork "
                        + "during which the machine did not deliver the step's CPUs (a neighbour, steal, throttling) is set "
                        + "aside and measured again in a later round.",
                "",
                "Plans: the default (what 'mvn verify' runs; kept within a 20-minute budget on any machine, "
                        + "--budget changes it) and --quick (about 6 min on 2 cores, 8-minute budget). Time grows with the number of "
                        + "core counts until the budget cuts it; --dry-run prints the plan and an estimate."},
        footer = {"", "Examples:",
                "  corebench sweep --quick",
                "  corebench sweep --workloads montecarlo --models forkjoin,virtual --cores 1,2",
                "  corebench sweep --rounds 5 --iterations 10 --time 1000      (a careful run)",
                "  corebench sweep --resume results/amd-epyc-2cpu/20261121T101500Z",
                "  corebench sweep --cluster 10.0.0.5:5701,10.0.0.6:5701 --cluster-name lab --models sequential,cluster"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "The short plan: Monte Carlo strong scaling and grid Jacobi at every core count, the other workloads at the top one, short iterations, headline in 3 rounds (about 6 min on 2 cores; budget 8 min).")
    boolean quick;

    @Option(names = "--workloads", split = ",", paramLabel = "NAME", description = "Workloads to run (default: all): ${COMPLETION-CANDIDATES}.", completionCandidates = WorkloadNames.class)
    List<String> workloads;

    @Option(names = "--models", split = ",", paramLabel = "NAME", description = "Models to run (default: all): ${COMPLETION-CANDIDATES}.", completionCandidates = ModelNames.class)
    List<String> models;

    @Option(names = "--cores", split = ",", paramLabel = "N", description = "Core counts to run (default: 1, 2, 4, ... up to this machine's CPUs).")
    List<Integer> cores;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds every benchmark takes part in: its least number of forks (default: 2).")
    Integer rounds;

    @Option(names = "--headline-rounds", paramLabel = "N", description = "Rounds Monte Carlo and grid Jacobi take part in by plan, more while the budget allows (default: 6; quick: 3).")
    Integer headlineRounds;

    @Option(names = "--warmup-iterations", paramLabel = "N", description = "JMH warm-up iterations (default: 3; quick: 2).")
    Integer warmupIterations;

    @Option(names = "--warmup-time", paramLabel = "MS", description = "Milliseconds per warm-up iteration (default: 400; quick: 250).")
    Integer warmupMillis;

    @Option(names = "--iterations", paramLabel = "N", description = "JMH measurement iterations (default: 5; quick: 3).")
    Integer iterations;

    @Option(names = "--time", paramLabel = "MS", description = "Milliseconds per measurement iteration (default: 400; quick: 250).")
    Integer iterationMillis;

    @Option(names = {"-P", "--param"}, paramLabel = "NAME=VALUES", description = "Override a workload parameter for every benchmark that has it, e.g. -P samples=1048576.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Parent of the run folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("results");

    @Option(names = "--machine-id", paramLabel = "ID", description = "Name of this machine's results folder (default: CPU model and count, e.g. amd-epyc-2cpu).")
    String machineId;

    @Option(names = "--record-hostname", description = "Record this machine's hostname in machine.json (off: results are safe to share).")
    boolean recordHostname;

    @Option(names = "--resume", paramLabel = "RUN_DIR", description = "Finish an interrupted or failed run: re-runs only the steps missing from RUN_DIR, with its own plan.")
    Path resume;

    @Option(names = "--allow-mismatch", description = "With --resume: allow a different corebench build, JVM or machine (recorded in machine.json).")
    boolean allowMismatch;

    @Option(names = "--dry-run", description = "Print the plan and its estimated duration, run nothing.")
    boolean dryRun;

    @Option(names = "--no-oversubscription", description = "Leave out the points with more workers than cores (recorded as a skip).")
    boolean noOversubscription;

    @Option(names = "--budget", paramLabel = "MIN", description = "Time budget in minutes (default: 20; quick: 8); "
            + "over it, the plan runs non-headline scenarios at fewer core counts, then shortens iterations, then takes fewer "
            + "rounds; under it, the headline scenarios take more rounds while it allows. Every cut is printed and recorded.")
    Double budgetMinutes;

    @Option(names = "--assume-cpus", paramLabel = "N", description = "With --dry-run: plan for a machine of N CPUs (default topology: 1 socket, no SMT).")
    Integer assumeCpus;

    @Option(names = "--assume-topology", paramLabel = "SxCxT", description = "With --dry-run: plan for SOCKETS x CORES per socket x THREADS per core, e.g. 2x32x2.")
    String assumeTopology;

    @Option(names = "--assume-memory", paramLabel = "GIB", description = "With --dry-run --assume-...: free memory of that machine (default: 4 GiB per CPU, at least 16).")
    Integer assumeMemoryGib;

    @Option(names = "--cpu-order", paramLabel = "ORDER", description = "How steps take CPUs, one physical core at a time "
            + "either way: spread (alternate sockets, the default) or compact (fill one socket first). Recorded in machine.json.")
    String cpuOrder = CpuTopology.Order.SPREAD.id();

    @Option(names = "--cluster", paramLabel = "HOST:PORT,...", description = "Run the cluster model on these members "
            + "(started with 'corebench member') instead of loopback members of its own, with workers 1, 2, 4, ... up to the "
            + "cluster's executor threads; machine.json records the members.")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "With --cluster: the name the members were started with (default: ${DEFAULT-VALUE}).")
    String clusterName = ClusterTarget.DEFAULT_NAME;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream console = System.out;
        if (resume != null && cluster != null) {
            throw new UserException("--cluster cannot be combined with --resume: the run folder records its cluster");
        }
        boolean assumed = assumeCpus != null || assumeTopology != null || assumeMemoryGib != null;
        if (assumed && (!dryRun || resume != null)) {
            throw new UserException("--assume-cpus, --assume-topology and --assume-memory plan for another machine: use them with --dry-run");
        }
        CpuRestriction restriction = assumed ? CpuRestriction.assumed(assumedTopology(), order()) : CpuRestriction.probe(order());
        MachineInfo machine = MachineInfo.current(recordHostname);
        if (machineId != null) {
            if (!MachineIds.safe(machineId)) {
                throw new UserException("--machine-id '" + machineId + "' is not a safe folder name (letters, digits,"
                        + " '.', '_', '-', starting with a letter or digit, at most 100)");
            }
            machine = new MachineInfo(machineId, machine.cpu(), machine.memory(), machine.os(), machine.jvm(), machine.hostname());
        }
        BuildInfo build = BuildInfo.of(Path.of("").toAbsolutePath());
        RunFolder folder;
        RunManifest manifest;
        if (resume != null) {
            try {
                folder = RunFolder.existing(resume);
                manifest = resumable(folder.readResumableManifest(), machine, build);
                folder.checkResumable();
                checkForeignValues(folder, manifest);
            } catch (IOException e) {
                throw new UserException(e.getMessage());
            }
            if (dryRun) {
                printPlan(console, manifest.plan(), restriction);
                console.printf("resume of %s: %d of %d benchmarks already measured; nothing run (--dry-run)%n",
                        folder.dir(), folder.measured(manifest.plan()), manifest.plan().combinations());
                return 0;
            }
        } else {
            Resources resources = assumed ? Resources.assumed((long) assumedMemoryGib(restriction.maxCores()) << 30) : Resources.probe();
            ClusterDescription onCluster = cluster == null ? null : probeCluster();
            if (onCluster != null) {
                console.printf("cluster '%s': %d member(s), %d executor thread(s) in all%n", onCluster.name(),
                        onCluster.members(), onCluster.executorThreads());
            }
            if (!dryRun) {
                try {
                    RunFolder.checkCreatable(out);
                } catch (IOException e) {
                    throw new UserException(e.getMessage());
                }
            }
            if (budgetMinutes != null && !(budgetMinutes > 0)) {
                throw new UserException("--budget must be a positive number of minutes, was " + budgetMinutes);
            }
            SweepPipeline.Planned planned = plan(restriction, resources,
                    onCluster == null ? OptionalInt.empty() : OptionalInt.of(onCluster.executorThreads()));
            SweepPlan plan = planned.plan();
            printPlan(console, plan, restriction);
            if (resources.quotaCpus() < restriction.maxCores()) {
                console.println("warning: " + quotaNote(resources, restriction));
            }
            Optional<String> sharedMemory = SharedMemoryCheck.note(plan);
            sharedMemory.ifPresent(note -> console.println("warning: " + note));
            if (dryRun) {
                console.println("planned by: " + String.join(" -> ", planned.changedBy()) + " (sweep/SweepPipeline.java)");
                return 0;
            }
            folder = null;
            manifest = RunManifest.starting(machine, build, restriction, commandLine(), plan, Instant.now().toString())
                    .withCluster(onCluster);
            if (resources.quotaCpus() < restriction.maxCores()) {
                manifest = manifest.withNote(quotaNote(resources, restriction));
            }
            if (sharedMemory.isPresent()) {
                manifest = manifest.withNote(sharedMemory.get());
            }
        }
        if (manifest.hardwareEvents() == null) {
            manifest = manifest.withHardwareEvents(PerfProbe.probe().withC2c(PerfC2cProbe.probe()));
        }
        console.println("hardware events: " + (manifest.hardwareEvents().available()
                ? "counted per operation (JMH perfnorm)" : "not counted: " + String.valueOf(manifest.hardwareEvents().reason()).replaceAll("\\p{Cntrl}", "?")));
        HardwareEvents.CacheToCache c2c = manifest.hardwareEvents().c2c();
        console.println("false sharing (perf c2c): " + (c2c == null ? "not probed in this run"
                : c2c.available() ? "sampled in the contention workload" : "not measured: " + String.valueOf(c2c.reason()).replaceAll("\\p{Cntrl}", "?")));
        // the launching shell, script or Maven: if it dies (kill -9, a CI time-out) the sweep and its JVMs end too
        ParentWatch.start();
        try (SweepLock lock = SweepLock.acquire(Path.of(System.getProperty("java.io.tmpdir")), "started " + Instant.now())) {
            if (folder == null) {
                folder = RunFolder.create(out, manifest.machineId(), Instant.now());
            }
            console.println("results: " + folder.dir());
            JmhLauncher launcher = new JmhLauncher(JmhLauncher.currentJava(), System.getProperty("java.class.path"),
                    manifest.cpuRestriction(),
                    manifest.cluster() == null ? List.of() : manifest.cluster().target().systemProperties(),
                    manifest.hardwareEvents());
            try {
                new Sweep(folder, manifest, launcher, console).run();
            } catch (IOException e) {
                throw new UserException(e.getMessage() + "\nfinished rounds are kept in " + folder.dir()
                        + "; resume with: " + BuildInfo.launcher() + " sweep --resume " + folder.dir(), 1);
            }
        }
        console.println("next: " + BuildInfo.launcher() + " report " + folder.dir());
        return 0;
    }

    /**
     * Refuses stored runs and a stored cluster that a corebench plan and {@code --cluster} would not make: their
     * names, parameters and addresses reach JMH's and every fork's command line and the run folder's paths, and a
     * received run folder is not trusted.
     */
    private static void checkForeignValues(RunFolder folder, RunManifest manifest) throws IOException {
        try {
            for (SweepPlan.Step step : manifest.plan().steps()) {
                step.runs().forEach(JmhLauncher::checkRun);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(folder.manifestFile() + ": " + (e.getMessage() == null ? "refused run: a field is missing"
                    : e.getMessage()) + "; nothing was run");
        }
        if (manifest.cluster() == null) {
            return;
        }
        try {
            JmhLauncher.checkForkOptions(manifest.cluster().target().systemProperties());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(folder.manifestFile() + ": refused, its cluster is not a valid cluster name and list of"
                    + " host:port addresses (" + (e.getMessage() == null ? "a field is missing" : e.getMessage())
                    + "); nothing was run");
        }
    }

    /** The machine of --assume-cpus / --assume-topology; one-line errors. */
    private CpuTopology assumedTopology() {
        CpuTopology t;
        try {
            t = assumeTopology != null ? CpuTopology.parse(assumeTopology)
                    : CpuTopology.synthetic(1, assumeCpus == null ? Runtime.getRuntime().availableProcessors() : assumeCpus, 1);
        } catch (IllegalArgumentException e) {
            throw new UserException((assumeTopology != null ? "--assume-topology: " : "--assume-cpus: ") + e.getMessage());
        }
        if (assumeCpus != null && assumeCpus != t.cpus().size()) {
            throw new UserException("--assume-cpus " + assumeCpus + " but --assume-topology " + assumeTopology + " has "
                    + t.cpus().size() + " CPUs");
        }
        return t;
    }

    private int assumedMemoryGib(int cpus) {
        if (assumeMemoryGib != null && assumeMemoryGib < 1) {
            throw new UserException("--assume-memory must be at least 1 GiB, was " + assumeMemoryGib);
        }
        return assumeMemoryGib != null ? assumeMemoryGib : Math.max(16, 4 * cpus);
    }

    private CpuTopology.Order order() {
        try {
            return CpuTopology.Order.byId(cpuOrder);
        } catch (IllegalArgumentException e) {
            throw new UserException("--cpu-order: " + e.getMessage());
        }
    }

    /** Checks the --cluster options, connects, and describes the members; one-line errors. */
    private ClusterDescription probeCluster() {
        if (models != null && !models.contains(ModelKind.CLUSTER.id())) {
            throw new UserException("--cluster runs the cluster model: add 'cluster' to --models");
        }
        ClusterTarget target;
        try {
            target = new ClusterTarget(clusterName, HostPort.parseList(cluster));
        } catch (IllegalArgumentException e) {
            throw new UserException("--cluster: " + e.getMessage());
        }
        try {
            return ClusterDescription.probe(target);
        } catch (IllegalStateException e) {
            throw new UserException(e.getMessage() + "; are the members running ('corebench member') with --cluster-name "
                    + clusterName + "?", 1);
        }
    }

    private static String quotaNote(Resources resources, CpuRestriction restriction) {
        return "a CPU quota allows " + resources.quotaCpus() + " of the " + restriction.maxCores()
                + " CPUs this process may run on; core counts limited to it (" + resources.source() + ")";
    }

    /** The plan; the default core counts go no higher than the CPUs a container's quota allows. */
    private SweepPipeline.Planned plan(CpuRestriction restriction, Resources resources, OptionalInt clusterThreads) {
        SweepPlan.JmhSettings base = quick ? SweepPipeline.QUICK : SweepPipeline.DEFAULT;
        SweepPlan.JmhSettings settings = new SweepPlan.JmhSettings(
                positive("--rounds", rounds, base.forks()),
                positive("--warmup-iterations", warmupIterations, base.warmupIterations(), 0),
                positive("--warmup-time", warmupMillis, base.warmupMillis()),
                positive("--iterations", iterations, base.iterations()),
                positive("--time", iterationMillis, base.iterationMillis()),
                positive("--headline-rounds", headlineRounds, base.headlineForks()));
        if (settings.forks() > Rounds.MAX_ROUNDS || settings.headlineForks() > Rounds.MAX_ROUNDS) {
            throw new UserException("--rounds and --headline-rounds are at most " + Rounds.MAX_ROUNDS);
        }
        boolean modified = !settings.equals(base) || !params.isEmpty();
        String name = (quick ? "quick" : "default") + (modified ? " (modified)" : "");
        try {
            return SweepPipeline.plan(new SweepPipeline.Request(name, settings, quick,
                    cores != null ? cores : SweepPipeline.coreCounts(Math.min(restriction.maxCores(), resources.quotaCpus())),
                    workloads != null ? workloads : Workload.names(), models != null ? models : Models.ids(), params,
                    !noOversubscription, clusterThreads, budgetMinutes != null ? budgetMinutes * 60
                    : quick ? SweepPipeline.QUICK_BUDGET_SECONDS : SweepPipeline.DEFAULT_BUDGET_SECONDS, !modified), restriction, resources);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static int positive(String option, Integer value, int fallback) {
        return positive(option, value, fallback, 1);
    }

    private static int positive(String option, Integer value, int fallback, int min) {
        if (value == null) {
            return fallback;
        }
        if (value < min) {
            throw new UserException(option + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /** The stored plan, if this machine and build may continue it. */
    private RunManifest resumable(RunManifest stored, MachineInfo machine, BuildInfo build) {
        StringBuilder diff = new StringBuilder();
        if (!stored.machineId().equals(machine.machineId())) {
            diff.append("; it was measured on ").append(stored.machineId()).append(", this is ").append(machine.machineId());
        }
        if (!stored.corebench().sameCodeAs(build)) {
            diff.append("; it was measured with corebench ").append(describe(stored.corebench()))
                    .append(", this is ").append(describe(build));
        }
        if (!stored.jvm().version().equals(machine.jvm().version())) {
            diff.append("; it was measured on Java ").append(stored.jvm().version()).append(", this is ").append(machine.jvm().version());
        }
        if (diff.isEmpty()) {
            return stored;
        }
        String what = diff.substring(2);
        if (!allowMismatch) {
            throw new UserException("cannot resume " + resume + ": " + what
                    + ". Mixing them would make one result from two setups; pass --allow-mismatch to do it anyway (it is recorded).");
        }
        return stored.withNote("resumed " + Instant.now() + " despite: " + what);
    }

    private static String describe(BuildInfo b) {
        return b.version() + " " + b.revision().substring(0, Math.min(10, b.revision().length())) + (b.dirty() ? " (modified)" : "");
    }

    private void printPlan(PrintStream out, SweepPlan plan, CpuRestriction restriction) {
        SweepPlan.JmhSettings s = plan.jmh();
        out.printf("corebench sweep, plan %s: %d core count%s, %d benchmarks, each fork %s; in rounds: every benchmark in %d, "
                        + "headline (Monte Carlo, grid Jacobi; not oversubscribed) in %d and more while the budget allows; cold starts in one "
                        + "JVM: %d + %d single shots; estimated %s%n",
                plan.name(), plan.steps().size(), plan.steps().size() == 1 ? "" : "s", plan.combinations(), settings(s),
                s.forks(), Math.max(s.forks(), s.headlineForks()), s.warmupIterations(),
                s.iterations() * Rounds.SHORT_SHOT_FACTOR, formatDuration(plan.estimatedSeconds()));
        SweepPlan.Budget b = plan.budget();
        if (b != null) {
            out.printf("  budget %s%s; at most %d child JVM%s and %d cluster member%s at once, ~%.1f GiB (admitted against %s)%n",
                    b.budgetSeconds() > 0 ? formatDuration(b.budgetSeconds()) : "none",
                    b.cuts().isEmpty() ? ", nothing cut" : "; to fit it: " + String.join("; ", b.cuts()),
                    b.peakChildJvms(), b.peakChildJvms() == 1 ? "" : "s", b.peakMembers(), b.peakMembers() == 1 ? "" : "s",
                    b.peakBytes() / (double) (1L << 30), b.resources());
            if (b.budgetSeconds() > 0 && plan.estimatedSeconds() > b.budgetSeconds()) {
                out.printf("warning: the estimate is over the budget of %s even after every cut; raise --budget or restrict "
                        + "the sweep (--workloads, --models, --cores)%n", formatDuration(b.budgetSeconds()));
            }
        }
        int headline = Math.max(s.forks(), s.headlineForks());
        if (headline < Rounds.FOR_AN_INTERVAL && plan.steps().stream().flatMap(st -> st.runs().stream()).anyMatch(JmhRun::headline)) {
            out.printf("note: the headline results get %d round%s: an interval needs %d (the report marks them not claimed "
                    + "or wide); --budget %d gives them %d%n", headline, headline == 1 ? "" : "s", Rounds.FOR_AN_INTERVAL,
                    (long) Math.ceil(Rounds.budgetForHeadlineRounds(plan, Rounds.FOR_AN_INTERVAL) / 60), Rounds.FOR_AN_INTERVAL);
        }
        if (!restriction.available()) {
            out.println("warning: " + restriction.note());
        }
        for (SweepPlan.Step step : plan.steps()) {
            out.printf("  %d core%s (CPUs %s), %s: %s%n", step.cores(), step.cores() == 1 ? "" : "s", step.cpus(),
                    formatDuration(step.runs().stream().mapToDouble(JmhRun::estimatedSeconds).sum()),
                    String.join(", ", step.runs().stream().map(r -> r.name() + " x" + r.combinations()).toList()));
        }
        for (SweepPlan.Skip skip : plan.skipped()) {
            out.printf("  not run: %s / %s: %s%n", skip.workload(), skip.model(), skip.reason());
        }
    }

    private static String settings(SweepPlan.JmhSettings s) {
        return String.format("%dx%d ms warm-up + %dx%d ms", s.warmupIterations(), s.warmupMillis(), s.iterations(),
                s.iterationMillis());
    }

    static String formatDuration(double seconds) {
        Duration d = Duration.ofSeconds(Math.round(seconds));
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
    }

    private String commandLine() {
        String fromScript = System.getenv("COREBENCH_COMMAND");
        return fromScript != null && !fromScript.isBlank() ? fromScript
                : "corebench " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** Completion candidates and help text for --models. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Models.ids().iterator();
        }
    }

    /** Completion candidates and help text for --workloads. */
    static final class WorkloadNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Workload.names().iterator();
        }
    }
}
