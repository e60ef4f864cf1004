package corebench.sweep;

import corebench.bench.OperationCost;
import corebench.bench.StartupBench;
import corebench.bench.Workload;
import corebench.cluster.LocalCluster;
import corebench.model.Models;
import corebench.worker.HostLimits;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep's one cost model: the wall time of a plan, and the child JVMs, cluster members, threads and memory one
 * benchmark (a parameter combination) needs at once. The estimate, the budget's cuts, admission and the rounds
 * beyond the plan ({@link Rounds}) all cost a fork with it; a run costs its runner JVM and one fork per benchmark per
 * round. The constants are estimates from the reference machines; the sweep prints its real duration beside it.
 */
public final class PlanEstimate {
    /** The JMH runner JVM of one run (start, benchmark list, JSON), not in JMH's own "Total time". */
    static final double RUNNER_SECONDS = 0.4;
    /** One fork: JVM start, JMH's handshake, the benchmark's trial set-up (excluding what is counted below)... */
    static final double FORK_SECONDS = 0.3;
    /** ... and the CPU work of its start and first compilations, which takes longer on fewer CPUs. */
    static final double FORK_CPU_SECONDS = 0.6;
    /** The capacity probe of each fork ({@code CapacityProfiler}). */
    static final double CAPACITY_PROBE_SECONDS = 0.3;
    /** CPU seconds one child JVM takes to start, reach its handshake and compile its task's code. */
    static final double CHILD_JVM_CPU_SECONDS = 1.0;
    /** One Hazelcast member forming or joining. */
    static final double MEMBER_SECONDS = 2.7;
    /** A benchmark without a model (a probe) runs in its fork's own thread. */
    private static final Set<Trait> NO_MODEL = Set.of(Trait.SHARED_HEAP);

    private PlanEstimate() {
    }

    /**
     * The cost of one benchmark at a step: wall time (forks included); child JVMs and cluster members alive at once;
     * their threads and the model's own in the fork (what the process limit counts); the memory all of them need.
     */
    public record Cost(double seconds, int childJvms, int members, long threads, long bytes) {
    }

    /** Every parameter combination of a run, as JMH crosses them. */
    static List<Map<String, String>> combinations(JmhRun run) {
        List<Map<String, String>> out = List.of(Map.of());
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

    /** The cost of one fork of one combination of a run at a step of {@code cores} CPUs, by the model's traits. */
    public static Cost cost(SweepPlan.JmhSettings settings, int cores, JmhRun run, Map<String, String> combo) {
        Set<Trait> model = combo.containsKey("model") ? Models.byId(combo.get("model")).traits() : NO_MODEL;
        int workers = Integer.parseInt(combo.getOrDefault("workers", "1"));
        OperationCost declared = run.declared().map(Workload::cost).orElse(OperationCost.NONE);
        double op = declared.workSeconds(combo, workers) / Math.max(1, Math.min(workers, cores));
        double setup = declared.setupSeconds(combo, workers, cores);
        int childJvms = 0;
        int members = 0;
        if (model.contains(Trait.REMOTE)) {
            members = LocalCluster.membersFor(workers);
            // the first member forms the cluster alone, the others join it together
            setup += MEMBER_SECONDS * (members == 1 ? 1 : 2) * Math.max(1.0, 2.0 * members / cores);
        } else if (model.contains(Trait.JVM_PER_SUBMISSION)) {
            childJvms = workers;
            op += jvmWave(workers, cores); // every operation starts its workers' JVMs
        } else if (model.contains(Trait.JVM_PER_WORKER)) {
            childJvms = workers;
            setup += jvmWave(workers, cores);
        }
        SweepPlan.JmhSettings first = Rounds.invocation(run, settings);
        // a single shot lasts its operation, not an iteration time
        double iterations = run.shortShots()
                ? (first.warmupIterations() + first.iterations()) * StartupBench.shortShotSeconds()
                : first.warmupIterations() * Math.max(first.warmupMillis() / 1000.0, op)
                        + first.iterations() * Math.max(first.iterationMillis() / 1000.0, op);
        long perJvm = HostLimits.threadsPerJvm(cores);
        // platform threads in the fork: one per worker for every in-JVM model but the virtual-thread one
        long inJvm = model.contains(Trait.SHARED_HEAP) && !model.contains(Trait.VIRTUAL_THREADS) ? workers : 0;
        long threads = childJvms * perJvm + members * (perJvm + workers / Math.max(1, members)) + inJvm;
        long bytes = Resources.FORK_BYTES + childJvms * Resources.CHILD_JVM_BYTES + members * Resources.MEMBER_BYTES;
        return new Cost(forkSeconds(cores) + setup + iterations, childJvms, members, threads, bytes);
    }

    /** One benchmark's wall time with {@code settings} when nothing is known of its operations or child JVMs. */
    public static double benchmarkSeconds(SweepPlan.JmhSettings s) {
        return s.forks() * (forkSeconds(1) + (s.warmupIterations() * s.warmupMillis() + s.iterations() * s.iterationMillis()) / 1000.0);
    }

    /** A fork's start, set-up and capacity probe on {@code cores} CPUs. */
    private static double forkSeconds(int cores) {
        return FORK_SECONDS + FORK_CPU_SECONDS / cores + CAPACITY_PROBE_SECONDS;
    }

    /** {@code count} JVMs starting at once on {@code cores} CPUs: their start is CPU-bound beyond one JVM per CPU. */
    static double jvmWave(int count, int cores) {
        return 0.05 + CHILD_JVM_CPU_SECONDS * Math.max(1.0, (double) count / cores);
    }
}
