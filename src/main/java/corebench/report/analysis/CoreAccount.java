package corebench.report.analysis;

import corebench.report.results.ResourcesPerOp;
import corebench.report.results.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cores of one measurement went, per operation, in core-seconds: {@code coreSeconds} = k cores ×
 * the wall time of one operation, accounted for from both sides (docs/results-format.md, {@code account.csv}).
 * From corebench's own processes: {@code work} (the sequential run's user CPU without its JVM threads, scaled
 * by the work per operation), {@code clockLoss} (that work × (GHz at the sequential run's cores / GHz at k
 * − 1), where the clock probe measured both), {@code gcJitSafepoint} (collector, compiler and VM threads),
 * {@code system} (kernel) and {@code userOverhead} (the rest of the user CPU; it holds the clock loss where the
 * clock was not measured). From the step's CPUs:
 * {@code others} (busy, less corebench's own CPU, never below 0), {@code idle} and {@code undelivered}: the steal,
 * plus, where the capacity check recorded fewer CPUs than the step's, the shortfall ((CPUs − delivered) × the
 * time of one operation) less steal, others and clock loss, taken out of the positive residual first and then out of
 * a positive user overhead (a vCPU the host held back runs on in the guest's clock), so that it counts once.
 * {@code residual} = {@code coreSeconds} − every part: what the two sides do not agree on.
 * NaN where a part could not be measured (the residual then too, except for an unmeasured clock). Beside the
 * parts, not added to them: the child JVMs' share of {@code gcJitSafepoint} and the safepoint pause.
 */
public record CoreAccount(Scenario scenario, String model, int cores, int workers, double coreSeconds,
                          double work, double clockLoss, double gcJitSafepoint, double system, double userOverhead,
                          double others, double idle, double undelivered, double residual, ResourcesPerOp resources) {

    /** The parts that are lost core time (all but the work), by their {@code account.csv} column, in order. */
    public Map<String, Double> losses() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("clock_loss", clockLoss);
        parts.put("gc_jit_safepoint", gcJitSafepoint);
        parts.put("system", system);
        parts.put("user_overhead", userOverhead);
        parts.put("others", others);
        parts.put("idle", idle);
        parts.put("undelivered", undelivered);
        return parts;
    }

    /** The measured loss that took most core time, with its share of {@code coreSeconds}; empty if none measured. */
    public Optional<Map.Entry<String, Double>> largestLoss() {
        return losses().entrySet().stream()
                .filter(e -> Double.isFinite(e.getValue()) && e.getValue() > 0)
                .max(Map.Entry.comparingByValue())
                .map(e -> Map.entry(e.getKey(), e.getValue() / coreSeconds));
    }

    /**
     * The child JVMs' collector and compiler threads' CPU per operation, in core-seconds: a part of
     * {@link #gcJitSafepoint()}, not beside it; NaN if not recorded (results before 2026-12-06 evening).
     */
    public double childGcJit() {
        return resources.get("childGcCpuMs") + resources.get("childJitCpuMs");
    }

    /**
     * Seconds per operation the JVMs (this one and its live children, summed) spent reaching and at safepoints:
     * a pause, not a part of the account (the VM and GC threads' CPU in it is in {@link #gcJitSafepoint()}, the
     * stopped cores are in {@link #idle()}); NaN if not recorded.
     */
    public double safepointPause() {
        return resources.get("safepointMs");
    }

    /** Safepoints per operation, summed over the JVMs; NaN if not recorded. */
    public double safepointsPerOp() {
        return resources.get("safepoints");
    }

    /** Context switches (voluntary and involuntary) per operation; NaN if not recorded. */
    public double switchesPerOp() {
        return resources.get("voluntarySwitches") + resources.get("involuntarySwitches");
    }
}
