package corebench.report.results;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A workload with all its parameters except the concurrency axes (model, workers, cores): the thing
 * one speedup chart is about, e.g. {@code montecarlo} with {@code kernel=scalar, scaling=strong}.
 *
 * @param workload the benchmark class name without {@code Bench}, lower case ({@code montecarlo})
 * @param method   the {@code @Benchmark} method ({@code pi})
 * @param params   the workload's own JMH parameters, sorted by name
 */
public record Scenario(String workload, String method, SortedMap<String, String> params) {

    public Scenario {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /** Whether this is a weak-scaling run (work grows with the workers: {@code scaling=weak}). */
    public boolean weakScaling() {
        return "weak".equals(params.get("scaling"));
    }

    /** {@code workload.method k=v, ...}: every parameter, for tables. */
    public String fullName() {
        return workload + "." + method + (params.isEmpty() ? "" : " " + describe(params));
    }

    /** The parameters as {@code k=v, k=v}. */
    public static String describe(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return b.toString();
    }
}
