package corebench.sweep;

import corebench.bench.OperationCost;
import corebench.bench.ScaledSizes;
import corebench.bench.StartupBench;
import corebench.bench.Workload;
import corebench.model.ModelKind;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan costs: wall time, and the child JVMs, cluster members and memory it needs at once. It
 * counts what really costs on a big machine, per benchmark (one parameter combination): the JMH runner
 * JVM of each run, each fork's start and set-up, the child JVMs a process pool starts or the member JVMs a
 * cluster starts at W workers, and the iterations, each lasting at least one operation (strong scaling's
 * operations grow with the machine, see {@link ScaledSizes}; a JVM per task pays a start per task).
 *
 * <p>This is the one cost model of the sweep: the plan's estimate, the budget's cuts, admission and the rounds
 * beyond the plan ({@link Rounds}) all cost a fork with it; a run costs one fork per benchmark per round it takes part
 * in. The constants are estimates measured on the reference machines; the sweep
 * prints the real duration beside the estimate at the end.
 */
public final class PlanEstimate {
    /** The JMH runner JVM of one run (start, benchmark list, JSON), not in JMH's own "Total time". */
    static final double RUNNER_SECONDS = 0.4;
    /** One fork: JVM start, JMH's handshake, the benchmark's trial set-up (excluding what is counted below)... */
    static final double FORK_SECONDS = 0.3;
    /** ... and the CPU work of its start and first compilations, which takes longer on fewer CPUs. */
    static final double FORK_CPU_SECONDS = 0.6;
    /** The capacity probe of each fork ({@code CapacityProfiler}): its calibration and two probes of three windows. */
    static final double CAPACITY_PROBE_SECONDS = 0.3;
    /** CPU seconds one child JVM takes to start, reach its handshake and compile its task's code. */
    static final double CHILD_JVM_CPU_SECONDS = 1.0;
    /** One Hazelcast member forming or joining (measured 2.7 s for one member alone on 2 cores). */
    static final double MEMBER_SECONDS = 2.7;

    private PlanEstimate() {
    }

    /**
     * The cost of one benchmark (a parameter combination of a run) at a step.
     *
     * @param seconds    wall time, forks included
     * @param childJvms  child JVMs alive at once (process models)
     * @param members    cluster member JVMs alive at once
     * @param threads    threads of those child and member JVMs and the model's own in the fork (what the process limit counts)
     * @param bytes      memory they and the benchmark's fork need at once
     */
    public record Cost(double seconds, int childJvms, int members, long threads, long bytes) {
    }

    /** Every parameter combination of a run, as JMH crosses them. */
    static List<Map<String, String>> combinations(JmhRun run) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> p : run.params().entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : p.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(p.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** The wall time of a whole run over its rounds (a runner JVM and one fork of every combination per round). */
    public static double runSeconds(SweepPlan.JmhSettings settings, int cores, JmhRun run) {
        double s = RUNNER_SECONDS;
        for (Map<String, String> combo : combinations(run)) {
            s += cost(settings, cores, run, combo).seconds();
        }
        return s * Rounds.planned(run, settings);
    }

    /** The cost of one fork of one combination of a run at a step of {@code cores} CPUs. */
    public static Cost cost(SweepPlan.JmhSettings settings, int cores, JmhRun run, Map<String, String> combo) {
        String model = combo.getOrDefault("model", ModelKind.SEQUENTIAL.id());
        int workers = Integer.parseInt(combo.getOrDefault("workers", "1"));
        int parallel = Math.max(1, Math.min(workers, cores));
        OperationCost declared = run.declared().map(Workload::cost).orElse(OperationCost.NONE);
        double op = declared.workSeconds(combo, workers) / parallel;
        double setup = declared.setupSeconds(combo, workers, cores);
        int childJvms = 0;
        int members = 0;
        // by what the model is, not its name: a new model with these traits is costed alike
        ModelType type = Models.byId(model);
        if (type.has(Trait.REMOTE)) {
            members = Resources.members(workers);
            // the first member forms the cluster alone, the others join it together
            setup += MEMBER_SECONDS * (members == 1 ? 1 : 2) * Math.max(1.0, 2.0 * members / cores);
        } else if (type.has(Trait.JVM_PER_SUBMISSION)) {
            childJvms = workers;
            // every operation starts its workers' JVMs: one wave per operation at least
            op += jvmWave(workers, cores);
        } else if (type.has(Trait.JVM_PER_WORKER)) {
            childJvms = workers;
            setup += jvmWave(workers, cores);
        }
        SweepPlan.JmhSettings first = Rounds.invocation(run, settings);
        // a single shot lasts its operation, not an iteration time
        double iterations = run.shortShots()
                ? (first.warmupIterations() + first.iterations()) * StartupBench.shortShotSeconds()
                : first.warmupIterations() * Math.max(first.warmupMillis() / 1000.0, op)
                        + first.iterations() * Math.max(first.iterationMillis() / 1000.0, op);
        double seconds = forkSeconds(cores) + setup + iterations;
        long threads = childJvms * Resources.threadsPerJvm(cores) + members * (Resources.threadsPerJvm(cores) + workers / Math.max(1, members))
                + Resources.inJvmThreads(type, workers);
        long bytes = Resources.FORK_BYTES + childJvms * Resources.CHILD_JVM_BYTES + members * Resources.MEMBER_BYTES;
        return new Cost(seconds, childJvms, members, threads, bytes);
    }

    /**
     * One benchmark's wall time with {@code settings} when nothing is known of its operations (each lasts less than an
     * iteration, no child JVMs): its forks' start, set-up and iterations.
     */
    public static double benchmarkSeconds(SweepPlan.JmhSettings settings) {
        return settings.forks() * (forkSeconds(1) + iterationSeconds(settings));
    }

    /** A fork's start, set-up and capacity probe on {@code cores} CPUs. */
    private static double forkSeconds(int cores) {
        return FORK_SECONDS + FORK_CPU_SECONDS / cores + CAPACITY_PROBE_SECONDS;
    }

    private static double iterationSeconds(SweepPlan.JmhSettings s) {
        return (s.warmupIterations() * s.warmupMillis() + s.iterations() * s.iterationMillis()) / 1000.0;
    }

    /** {@code count} JVMs starting at once on {@code cores} CPUs: their start is CPU-bound beyond one JVM per CPU. */
    static double jvmWave(int count, int cores) {
        return 0.05 + CHILD_JVM_CPU_SECONDS * Math.max(1.0, (double) count / cores);
    }
}
