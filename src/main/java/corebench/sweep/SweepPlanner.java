package corebench.sweep;

import corebench.model.Models;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.Param;

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
        Map<String, JmhRun> clusterRuns = new LinkedHashMap<>();
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

    /** The plan without its points of more workers than cores ({@code sweep --no-oversubscription}), recorded as skips. */
    public static SweepPlan withoutOversubscription(SweepPlan plan) {
        Set<SweepPlan.Skip> skips = new LinkedHashSet<>(plan.skipped());
        List<SweepPlan.Step> steps = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            List<JmhRun> runs = new ArrayList<>();
            for (JmhRun run : step.runs()) {
                List<String> workers = run.params().getOrDefault("workers", List.of());
                List<String> kept = workers.stream().filter(w -> Integer.parseInt(w) <= step.cores()).toList();
                if (kept.size() < workers.size()) {
                    skips.add(new SweepPlan.Skip(run.workload(), String.join(", ", run.params().getOrDefault("model", List.of())),
                            run.name() + ": more workers than cores not run (--no-oversubscription)"));
                }
                if (!kept.isEmpty()) {
                    runs.add(run.with("workers", kept));
                }
            }
            if (!runs.isEmpty()) {
                steps.add(new SweepPlan.Step(step.cores(), step.cpus(), runs));
            }
        }
        return new SweepPlan(plan.name(), plan.jmh(), steps, List.copyOf(skips));
    }

    /** Parameters the plan itself sets per step; users change them through --models and --cores. */
    private static final Set<String> PLANNED_PARAMS = Set.of("model", "workers", "cores");

    /**
     * The plan with workload parameters overridden (e.g. {@code samples=1048576}), applied to every run
     * whose benchmark has that {@code @Param}. Fails for a parameter no benchmark of the plan has.
     */
    public static SweepPlan withParams(SweepPlan plan, Map<String, String> overrides) {
        SweepPlan result = plan;
        for (Map.Entry<String, String> o : overrides.entrySet()) {
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
                    if (has) {
                        checkValues(run.benchmark(), param, values);
                    }
                    used |= has;
                    JmhRun changed = has ? run.with(param, values) : run;
                    // sweeps scaled for the planned grid size do not fit another size: back to that size's default
                    if (has && param.equals("size") && !overrides.containsKey("steps") && run.params().containsKey("steps")) {
                        changed = changed.with("steps", List.of("0"));
                    }
                    runs.add(changed);
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
        return paramField(benchmark, param).isPresent();
    }

    /** The benchmark's field (in its class or a superclass) that holds the JMH parameter. */
    private static Optional<Field> paramField(String benchmark, String param) {
        try {
            for (Class<?> c = Class.forName(benchmark.substring(0, benchmark.lastIndexOf('.'))); c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(param) && f.isAnnotationPresent(Param.class)) {
                        return Optional.of(f);
                    }
                }
            }
            return Optional.empty();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("benchmark class of " + benchmark + " is not on the class path", e);
        }
    }

    /**
     * Fails unless every value converts to the parameter's type: JMH would only find out in the first fork,
     * after the run folder exists, and fail the whole run.
     */
    private static void checkValues(String benchmark, String param, List<String> values) {
        Class<?> type = paramField(benchmark, param).orElseThrow().getType();
        for (String v : values) {
            try {
                if (type == int.class) {
                    Integer.parseInt(v.trim());
                } else if (type == long.class) {
                    Long.parseLong(v.trim());
                } else if (type == double.class) {
                    Double.parseDouble(v.trim());
                } else if (type == boolean.class && !v.trim().equals("true") && !v.trim().equals("false")) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-P " + param + ": '" + v + "' is not a" + (type == int.class ? "n" : "")
                        + " " + type.getName() + (type == int.class || type == long.class ? " (a whole number"
                        + (type == int.class ? " up to " + Integer.MAX_VALUE : "") + ")" : ""));
            }
        }
    }
}
