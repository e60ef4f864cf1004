package corebench.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * A JMH profiler that checks the capacity the machine delivered to each fork ({@link CapacityProbe}): it
 * calibrates one thread at the fork's first iteration (before the warm-up), probes all the fork's CPUs
 * right before its first measured iteration and right after its last, and records both in the last
 * measured iteration's result as secondary metrics: {@value #BEFORE} and {@value #AFTER} (CPUs delivered),
 * {@value #SLOWEST_BEFORE} and {@value #SLOWEST_AFTER} (the slowest CPU's share of the reference),
 * {@value #OWN_BEFORE} and {@value #OWN_AFTER} (CPUs the fork's own other work used meanwhile, credited to the
 * others) and {@value #REFERENCE} (the one-thread rate, multiplies per second). Each probe is the best of three windows
 * (default 20 ms each); the calibration takes about six. A fork's value is the one entry of its {@code rawData} row;
 * JMH counts the fork's other iterations as 0, so the metrics aggregate by maximum, and the score is the
 * highest fork's value.
 *
 * <p>Enabled with {@code -prof corebench.bench.CapacityProfiler}; options {@code threads} (default: the
 * processors the fork's JVM sees, the step's CPUs under the sweep) and {@code windowMs}, e.g.
 * {@code -prof "corebench.bench.CapacityProfiler:threads=2;windowMs=50"}.
 */
public final class CapacityProfiler implements InternalProfiler {
    static final String BEFORE = "capacityBefore";
    static final String AFTER = "capacityAfter";
    static final String SLOWEST_BEFORE = "slowestCpuBefore";
    static final String SLOWEST_AFTER = "slowestCpuAfter";
    static final String OWN_BEFORE = "ownCpusBefore";
    static final String OWN_AFTER = "ownCpusAfter";
    static final String REFERENCE = "capacityReference";
    private static final long DEFAULT_WINDOW_MS = 20;

    private final CapacityProbe probe;
    private boolean calibrated;
    private double reference;
    private int measured;
    private CapacityProbe.Capacity before;

    /** @param options JMH's option line: {@code threads=N;windowMs=M}, both optional */
    public CapacityProfiler(String options) {
        int threads = Runtime.getRuntime().availableProcessors();
        long windowMs = DEFAULT_WINDOW_MS;
        for (String option : options == null ? new String[0] : options.split("[;,]")) {
            if (option.isBlank()) {
                continue;
            }
            String[] kv = option.split("=", 2);
            try {
                switch (kv[0].strip()) {
                    case "threads" -> threads = Integer.parseInt(kv[1].strip());
                    case "windowMs" -> windowMs = Long.parseLong(kv[1].strip());
                    default -> throw new IllegalArgumentException("unknown option " + kv[0].strip());
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("CapacityProfiler takes threads=N;windowMs=M, not '" + options + "'", e);
            }
        }
        probe = new CapacityProbe(threads, TimeUnit.MILLISECONDS.toNanos(windowMs));
    }

    @Override
    public String getDescription() {
        return "capacity the machine delivered right before and after a fork's measured iterations";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (!calibrated) {
            reference = run(probe::calibrate);
            calibrated = true;
        }
        if (iterationParams.getType() == IterationType.MEASUREMENT && measured == 0) {
            before = run(probe::measure);
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        if (iterationParams.getType() != IterationType.MEASUREMENT || ++measured < iterationParams.getCount()) {
            return List.of();
        }
        CapacityProbe.Capacity after = run(probe::measure);
        List<Result> results = new ArrayList<>();
        results.add(new ScalarResult(BEFORE, before.delivered(), "CPUs", AggregationPolicy.MAX));
        results.add(new ScalarResult(AFTER, after.delivered(), "CPUs", AggregationPolicy.MAX));
        results.add(new ScalarResult(SLOWEST_BEFORE, before.slowest(), "ratio", AggregationPolicy.MAX));
        results.add(new ScalarResult(SLOWEST_AFTER, after.slowest(), "ratio", AggregationPolicy.MAX));
        results.add(new ScalarResult(OWN_BEFORE, before.own(), "CPUs", AggregationPolicy.MAX));
        results.add(new ScalarResult(OWN_AFTER, after.own(), "CPUs", AggregationPolicy.MAX));
        results.add(new ScalarResult(REFERENCE, reference, "multiplies/s", AggregationPolicy.MAX));
        return results;
    }

    private interface Probing<T> {
        T run() throws InterruptedException;
    }

    private static <T> T run(Probing<T> probing) {
        try {
            return probing.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing the delivered capacity", e);
        }
    }
}
