package corebench.sweep;

import corebench.model.Models;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the user's choices into a {@link SweepPlan}: the core counts (1, 2, 4, … up to the machine,
 * plus the machine's own count when it is not a power of two), each workload's runs per step, and the
 * skips. Nothing here is specific to any machine size.
 */
public final class SweepPlanner {
    /** Default measurement: enough iterations for a confidence interval, within ~15 minutes on 2 cores. */
    public static final SweepPlan.JmhSettings DEFAULT = new SweepPlan.JmhSettings(1, 3, 400, 5, 400);
    /** The short plan: scalar strong scaling only, shorter iterations (~3 minutes on 2 cores). */
    public static final SweepPlan.JmhSettings QUICK = new SweepPlan.JmhSettings(1, 2, 250, 3, 250);

    private SweepPlanner() {
    }

    /** 1, 2, 4, … ≤ max, and max itself. */
    public static List<Integer> coreCounts(int maxCores) {
        Set<Integer> counts = new TreeSet<>();
        for (int c = 1; c <= maxCores; c *= 2) {
            counts.add(c);
        }
        counts.add(maxCores);
        return List.copyOf(counts);
    }

    /**
     * Builds the plan.
     *
     * @param name        plan name recorded in the results
     * @param settings    JMH settings
     * @param quick       whether workloads should use their short variant
     * @param cores       core counts to run, each at most {@code restriction.maxCores()}
     * @param workloads   workload names, in the user's order
     * @param models      model names
     * @param restriction how steps are confined
     */
    public static SweepPlan plan(String name, SweepPlan.JmhSettings settings, boolean quick, List<Integer> cores,
                                 List<String> workloads, List<String> models, CpuRestriction restriction) {
        List<String> orderedModels = Models.ids().stream().filter(models::contains).toList();
        for (String m : models) {
            Models.byId(m); // fails with the list of valid names
        }
        int max = cores.stream().mapToInt(Integer::intValue).max().orElseThrow(
                () -> new IllegalArgumentException("no core counts to run"));
        for (int c : cores) {
            if (c < 1 || c > restriction.maxCores()) {
                throw new IllegalArgumentException("core count " + c + " is not between 1 and "
                        + restriction.maxCores() + ", the CPUs this process may use");
            }
        }
        List<SweepPlan.Step> steps = new ArrayList<>();
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>();
        for (int c : new TreeSet<>(cores)) {
            WorkloadPlan.StepContext ctx = new WorkloadPlan.StepContext(c, max, orderedModels, quick);
            List<JmhRun> runs = new ArrayList<>();
            for (String w : workloads) {
                WorkloadPlan plan = Workloads.byName(w);
                runs.addAll(plan.runs(ctx).stream().map(r -> r.with("cores", List.of(String.valueOf(c)))).toList());
                skips.addAll(plan.skipped(ctx));
            }
            if (!runs.isEmpty()) {
                steps.add(new SweepPlan.Step(c, restriction.cpuList(c), runs));
            }
        }
        return new SweepPlan(name, settings, steps, List.copyOf(skips));
    }

    /**
     * The plan of a run on a real cluster ({@code sweep --cluster}): the {@code cluster} model leaves every
     * run and comes back once per run it was in, at the top step only, with workers 1, 2, 4, … up to the
     * cluster's executor threads; this machine's core count limits only the client JVM, not the cluster.
     */
    public static SweepPlan onCluster(SweepPlan plan, int clusterThreads) {
        String cluster = "cluster";
        java.util.Map<String, JmhRun> clusterRuns = new java.util.LinkedHashMap<>();
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            List<JmhRun> runs = new ArrayList<>();
            for (JmhRun run : step.runs()) {
                List<String> models = run.params().get("model");
                if (!models.contains(cluster)) {
                    runs.add(run);
                    continue;
                }
                clusterRuns.putIfAbsent(run.name(), new JmhRun(run.name() + "-cluster", run.workload(), run.benchmark(), run.params())
                        .with("model", List.of(cluster)).with("workers", coreCounts(clusterThreads).stream().map(String::valueOf).toList()));
                List<String> others = models.stream().filter(m -> !m.equals(cluster)).toList();
                if (!others.isEmpty()) {
                    runs.add(run.with("model", others));
                }
            }
            steps.add(new SweepPlan.Step(step.cores(), step.cpus(), runs));
        }
        if (!steps.isEmpty()) {
            SweepPlan.Step top = steps.get(steps.size() - 1);
            List<JmhRun> runs = new ArrayList<>(top.runs());
            clusterRuns.values().forEach(r -> runs.add(r.with("cores", List.of(String.valueOf(top.cores())))));
            steps.set(steps.size() - 1, new SweepPlan.Step(top.cores(), top.cpus(), runs));
        }
        steps.removeIf(s -> s.runs().isEmpty());
        return new SweepPlan(plan.name(), plan.jmh(), steps, plan.skipped());
    }

    /** Parameters the plan itself sets per step; users change them through --models and --cores. */
    private static final Set<String> PLANNED_PARAMS = Set.of("model", "workers", "cores");

    /**
     * The plan with workload parameters overridden (e.g. {@code samples=1048576}), applied to every run
     * whose benchmark has that {@code @Param}. Fails for a parameter no benchmark of the plan has.
     */
    public static SweepPlan withParams(SweepPlan plan, java.util.Map<String, String> overrides) {
        SweepPlan result = plan;
        for (java.util.Map.Entry<String, String> o : overrides.entrySet()) {
            String param = o.getKey();
            if (PLANNED_PARAMS.contains(param)) {
                throw new IllegalArgumentException("'" + param + "' is set by the plan; use --models / --cores instead");
            }
            List<String> values = List.of(o.getValue().split(","));
            boolean used = false;
            List<SweepPlan.Step> steps = new ArrayList<>();
            for (SweepPlan.Step step : result.steps()) {
                List<JmhRun> runs = new ArrayList<>();
                for (JmhRun run : step.runs()) {
                    boolean has = hasParam(run.benchmark(), param);
                    used |= has;
                    runs.add(has ? run.with(param, values) : run);
                }
                steps.add(new SweepPlan.Step(step.cores(), step.cpus(), runs));
            }
            if (!used) {
                throw new IllegalArgumentException("no benchmark of this sweep has a parameter '" + param + "'");
            }
            result = new SweepPlan(result.name(), result.jmh(), steps, result.skipped());
        }
        return result;
    }

    /** Whether the benchmark's class (or a superclass) declares the JMH parameter. */
    static boolean hasParam(String benchmark, String param) {
        try {
            for (Class<?> c = Class.forName(benchmark.substring(0, benchmark.lastIndexOf('.'))); c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(param) && f.isAnnotationPresent(org.openjdk.jmh.annotations.Param.class)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("benchmark class of " + benchmark + " is not on the class path", e);
        }
    }
}
