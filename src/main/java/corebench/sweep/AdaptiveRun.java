package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import corebench.format.Confidence;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Runs one {@link JmhRun} until each of its results is as precise as its {@link PrecisionTarget} asks, or
 * the run's time allowance is spent (the idea of Phoronix Test Suite's dynamic run count, applied to JMH).
 *
 * <p>The first attempt runs the whole run as planned. Every result whose 99.9% half-width is wider than
 * its target is then run again on its own, one new fork at a time, with as many measurement iterations
 * as its spread so far says it needs (at least the first attempt's, at most four times that, and no more
 * than the remaining allowance pays for), and its raw data merged with what it had ({@link RawDataMerge}).
 * Misses take turns, so one noisy result cannot spend the whole allowance before the others had a
 * re-run. Each result gets a {@code precision} record: target, half-width reached, met or not, and every
 * attempt; all raw data stay in the result.
 */
public final class AdaptiveRun {
    /** A re-run with fewer measurement iterations than this says little: not started. */
    static final int MIN_RERUN_ITERATIONS = 3;
    /** A re-run's iterations are at most this times the first attempt's. */
    static final int MAX_ITERATION_FACTOR = 4;
    /** No result is measured more often than this, whatever the allowance (a guard against a free clock). */
    static final int MAX_ATTEMPTS = 8;

    /** Runs JMH once. */
    @FunctionalInterface
    public interface Attempts {
        /**
         * Runs {@code run} with {@code settings} and returns JMH's results.
         *
         * @param invocation 1 for the first attempt, then 2, 3, ... for each re-run of this run
         */
        ArrayNode run(JmhRun run, SweepPlan.JmhSettings settings, int invocation) throws IOException, InterruptedException;
    }

    /** Hears about re-runs, for the console. */
    public interface Listener {
        /** A re-run is starting. */
        void rerunning(String params, int attempt, SweepPlan.JmhSettings settings, double halfWidthPercent, double targetPercent);

        /** A result that needed re-runs is settled: met, or given up. */
        void settled(String params, Outcome outcome);
    }

    /**
     * What the loop did for one result, as recorded in its {@code precision} field.
     *
     * @param targetPercent    the target half-width, per cent of the score
     * @param halfWidthPercent the half-width reached ({@code NaN}: JMH could not give one)
     * @param met              whether it is within the target
     * @param stop             why the loop ended: {@code met}, {@code allowance spent} or {@code attempts}
     * @param allowanceSeconds the run's allowance for re-runs (shared by the run's results)
     * @param attempts         each attempt: forks, iterations, seconds, half-width after merging it
     */
    public record Outcome(double targetPercent, double halfWidthPercent, boolean met, String stop,
                          double allowanceSeconds, List<Attempt> attempts) {
    }

    /**
     * One attempt of one result.
     *
     * @param seconds the attempt's wall time; for the first attempt, the run's time divided by its results
     */
    public record Attempt(int forks, int iterations, double seconds, double halfWidthPercent) {
    }

    private final PrecisionTarget target;
    private final Attempts attempts;
    private final LongSupplier nanoTime;
    private final Listener listener;

    public AdaptiveRun(PrecisionTarget target, Attempts attempts, LongSupplier nanoTime, Listener listener) {
        this.target = target;
        this.attempts = attempts;
        this.nanoTime = nanoTime;
        this.listener = listener;
    }

    /**
     * Runs it: the first attempt with {@code first}, re-runs within {@code allowanceSeconds}.
     *
     * @return every result, merged over its attempts, in JMH's order, each with its {@code precision} record
     *         when it has a target
     */
    public ArrayNode run(JmhRun run, SweepPlan.JmhSettings first, double allowanceSeconds)
            throws IOException, InterruptedException {
        long t0 = nanoTime.getAsLong();
        ArrayNode results = attempts.run(run, first, 1);
        double firstSeconds = seconds(t0);
        // how much slower (or faster) than the estimate this machine runs now: re-runs are budgeted at that pace
        double pace = Math.max(0.1, firstSeconds / (PlanEstimate.RUNNER_SECONDS
                + Math.max(1, results.size()) * PlanEstimate.benchmarkSeconds(first)));
        List<State> states = new ArrayList<>();
        for (JsonNode r : results) {
            State s = new State((ObjectNode) r.deepCopy(), target.fractionFor(run.headline()));
            s.add(new Attempt(first.forks(), first.iterations(), firstSeconds / results.size(), s.halfWidthPercent()));
            states.add(s);
        }
        List<State> pending = new ArrayList<>(states.stream().filter(s -> s.target.isPresent() && !s.met()).toList());
        double spent = 0;
        int invocation = 1;
        while (!pending.isEmpty()) {
            boolean ran = false;
            for (Iterator<State> it = pending.iterator(); it.hasNext(); ) {
                State s = it.next();
                if (s.attempts.size() >= MAX_ATTEMPTS) {
                    s.stop = "attempts";
                } else {
                    OptionalInt iterations = rerunIterations(s, first, (allowanceSeconds - spent) / pace);
                    if (iterations.isEmpty()) {
                        s.stop = "allowance spent";
                    } else {
                        SweepPlan.JmhSettings settings = new SweepPlan.JmhSettings(1, first.warmupIterations(),
                                first.warmupMillis(), iterations.getAsInt(), first.iterationMillis());
                        listener.rerunning(describe(s.params()), s.attempts.size() + 1, settings, s.halfWidthPercent(),
                                s.target.getAsDouble() * 100);
                        long t = nanoTime.getAsLong();
                        JsonNode again = only(attempts.run(single(run, s.params()), settings, ++invocation), s.result);
                        double took = seconds(t);
                        spent += took;
                        s.result = RawDataMerge.merge(s.result, again);
                        s.add(new Attempt(1, settings.iterations(), took, s.halfWidthPercent()));
                        ran = true;
                        if (!s.met()) {
                            continue;
                        }
                        s.stop = "met";
                    }
                }
                it.remove();
                listener.settled(describe(s.params()), s.outcome(allowanceSeconds));
            }
            if (!ran) {
                break;
            }
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (State s : states) {
            if (s.target.isPresent()) {
                s.result.set("precision", RunFolder.JSON.valueToTree(s.outcome(allowanceSeconds)));
            }
            out.add(s.result);
        }
        return out;
    }

    /**
     * The measurement iterations of a result's next fork: what its spread says it needs to reach the
     * target, at least the first attempt's, at most {@link #MAX_ITERATION_FACTOR} times that, and no more
     * than {@code affordableSeconds} (of estimated time) pay for; empty when that is under
     * {@link #MIN_RERUN_ITERATIONS}.
     */
    static OptionalInt rerunIterations(State s, SweepPlan.JmhSettings first, double affordableSeconds) {
        double perIteration = first.iterationMillis() / 1000.0;
        double fixed = PlanEstimate.oneForkOverheadSeconds(first);
        int affordable = (int) Math.floor((affordableSeconds - fixed) / perIteration);
        int wanted = Math.min(Math.max(neededMore(s.samples(), s.target.getAsDouble()), first.iterations()),
                MAX_ITERATION_FACTOR * first.iterations());
        int iterations = Math.min(wanted, affordable);
        return iterations >= MIN_RERUN_ITERATIONS ? OptionalInt.of(iterations) : OptionalInt.empty();
    }

    /**
     * How many more samples like {@code x} bring JMH's 99.9% half-width under {@code fraction} of the mean,
     * if their spread stays what it is ({@link Integer#MAX_VALUE} if no count does).
     */
    static int neededMore(double[] x, double fraction) {
        if (x.length < 3) {
            return 3;
        }
        double relative = RawDataMerge.standardDeviation(x) / Math.abs(RawDataMerge.mean(x));
        if (!Double.isFinite(relative)) {
            return Integer.MAX_VALUE;
        }
        // t > z, so no n below the normal approximation's (z s / fraction)^2 can do: start there
        double z = new NormalDistribution()
                .inverseCumulativeProbability(1 - (1 - Confidence.LEVEL) / 2);
        double lower = Math.pow(z * relative / fraction, 2);
        for (int n = (int) Math.max(x.length, Math.min(lower, Integer.MAX_VALUE)); n <= 100_000; n++) {
            if (RawDataMerge.tQuantile(n) * relative / Math.sqrt(n) <= fraction) {
                return n - x.length;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The run narrowed to one result's parameter values. */
    static JmhRun single(JmhRun run, Map<String, String> values) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        run.params().forEach((k, v) -> params.put(k, values.containsKey(k) ? List.of(values.get(k)) : v));
        return new JmhRun(run.name(), run.workload(), run.benchmark(), params);
    }

    private static JsonNode only(ArrayNode results, JsonNode like) throws IOException {
        for (JsonNode r : results) {
            if (RawDataMerge.sameBenchmark(r, like)) {
                return r;
            }
        }
        throw new IOException("a re-run of " + like.path("benchmark").asText() + " " + describe(params(like))
                + " gave no result for it");
    }

    static Map<String, String> params(JsonNode result) {
        Map<String, String> params = new TreeMap<>();
        result.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        return params;
    }

    /** {@code (a = 1, b = 2)}, as JMH prints parameters. */
    static String describe(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + " = " + v));
        return "(" + String.join(", ", parts) + ")";
    }

    private double seconds(long since) {
        return (nanoTime.getAsLong() - since) / 1e9;
    }

    /** One result on its way to its target. */
    static final class State {
        ObjectNode result;
        final OptionalDouble target;
        final List<Attempt> attempts = new ArrayList<>();
        String stop = "met";

        State(ObjectNode result, OptionalDouble target) {
            this.result = result;
            this.target = target;
        }

        void add(Attempt a) {
            attempts.add(a);
        }

        Map<String, String> params() {
            return AdaptiveRun.params(result);
        }

        double[] samples() {
            return RawDataMerge.samples(result.path("primaryMetric").path("rawData"));
        }

        double halfWidthPercent() {
            return RawDataMerge.relativeHalfWidth(result) * 100;
        }

        /** Within the target; an unknown half-width (too few samples) is not. */
        boolean met() {
            double h = RawDataMerge.relativeHalfWidth(result);
            return target.isPresent() && h <= target.getAsDouble();
        }

        Outcome outcome(double allowanceSeconds) {
            return new Outcome(target.getAsDouble() * 100, halfWidthPercent(), met(), met() ? "met" : stop,
                    allowanceSeconds, List.copyOf(attempts));
        }
    }
}
