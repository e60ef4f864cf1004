package corebench.sweep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The user's workload parameters (name → comma-separated values, {@code -P samples=1048576}) in every run whose
 * benchmark has that {@code @Param}; fails, before the run folder exists, for a parameter no benchmark of the plan
 * has or a value of the wrong type.
 */
record ParamOverrides(Map<String, String> overrides) implements UnaryOperator<SweepPlan> {
    /** Parameters the plan itself sets per step; users change them through --models and --cores. */
    private static final Set<String> PLANNED_PARAMS = Set.of("model", "workers", "cores");
    /** What JMH parses a value of each parameter type with; other types (strings) take any value. */
    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(int.class, Integer::parseInt,
            long.class, Long::parseLong, double.class, Double::parseDouble, boolean.class, v -> switch (v) {
                case "true", "false" -> v;
                default -> throw new NumberFormatException();
            });


    @Override
    public SweepPlan apply(SweepPlan plan) {
        SweepPlan result = plan;
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            String param = o.getKey();
            if (PLANNED_PARAMS.contains(param)) {
                throw new IllegalArgumentException("'" + param + "' is set by the plan; use --models / --cores instead");
            }
            List<String> values = List.of(o.getValue().split(","));
            if (result.steps().stream().flatMap(s -> s.runs().stream()).noneMatch(r -> hasParam(r.benchmark(), param))) {
                throw new IllegalArgumentException("no benchmark of this sweep has a parameter '" + param + "'");
            }
            result = result.mapRuns((step, run, skips) -> List.of(overridden(run, param, values)));
        }
        return result;
    }

    private JmhRun overridden(JmhRun run, String param, List<String> values) {
        if (!hasParam(run.benchmark(), param)) {
            return run;
        }
        checkValues(run.benchmark(), param, values);
        JmhRun changed = run.with(param, values);
        // sweeps scaled for the planned grid size do not fit another size: back to that size's default
        boolean sizeOnly = param.equals("size") && !overrides.containsKey("steps") && run.params().containsKey("steps");
        return sizeOnly ? changed.with("steps", List.of("0")) : changed;
    }

    /** Whether the benchmark's class (or a superclass) declares the JMH parameter. */
    static boolean hasParam(String benchmark, String param) {
        return paramField(benchmark, param).isPresent();
    }

    /** The benchmark's field (in its class or a superclass) that holds the JMH parameter. */
    private static Optional<Field> paramField(String benchmark, String param) {
        for (Class<?> c = JmhRun.benchmarkClass(benchmark); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(param) && f.isAnnotationPresent(org.openjdk.jmh.annotations.Param.class)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Fails unless every value converts to the parameter's type. */
    private static void checkValues(String benchmark, String param, List<String> values) {
        Class<?> type = paramField(benchmark, param).orElseThrow().getType();
        for (String v : values) {
            try {
                PARSERS.getOrDefault(type, s -> s).apply(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-P " + param + ": '" + v + "' is not a" + (type == int.class ? "n" : "")
                        + " " + type.getName() + (type == int.class || type == long.class ? " (a whole number"
                        + (type == int.class ? " up to " + Integer.MAX_VALUE : "") + ")" : ""));
            }
        }
    }
}
